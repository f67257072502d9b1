namespace Groupus.Application.Identity.Passwords;

/// <summary>
/// A password built from the sign-in name is the first thing an attacker tries: the name itself in any case,
/// reversed, with digits or a year or punctuation around it, or anywhere inside the password.
/// </summary>
public static class UsernameDerivedPasswords
{
    public const string Message = "must not be made from the username";

    /// <summary>Shorter names are too common as parts of words to forbid anywhere inside a password.</summary>
    private const int ShortestContainedName = 4;

    private const int ShortestTellingName = 2;

    public static bool IsDerivedFrom(string? password, string? username)
    {
        if (string.IsNullOrEmpty(password) || string.IsNullOrWhiteSpace(username))
        {
            return false;
        }

        var letters = LettersAndDigits(password);
        var name = LettersAndDigits(username.Trim());
        var reversed = new string([.. name.Reverse()]);
        if (name.Length >= ShortestContainedName
            && (letters.Contains(name, StringComparison.Ordinal) || letters.Contains(reversed, StringComparison.Ordinal)))
        {
            return true;
        }

        // What is left without digits is the name (or the name backwards, or the name repeated): "bob2024bob!".
        var nameLetters = new string([.. name.Where(char.IsLetter)]);
        var passwordLetters = new string([.. letters.Where(char.IsLetter)]);
        return nameLetters.Length >= ShortestTellingName
            && (IsRepeated(passwordLetters, nameLetters) || IsRepeated(passwordLetters, new string([.. nameLetters.Reverse()])));
    }

    private static bool IsRepeated(string text, string unit)
    {
        if (text.Length == 0 || text.Length % unit.Length != 0)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i += unit.Length)
        {
            if (string.CompareOrdinal(text, i, unit, 0, unit.Length) != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Lower-case letters and digits only: "Priya.Shah-2024!" and "priyashah2024" are the same guess.</summary>
    private static string LettersAndDigits(string text) => new([.. text.ToLowerInvariant().Where(char.IsLetterOrDigit)]);
}
