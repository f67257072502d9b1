using System.Collections.Frozen;
using Groupus.Application.Identity.Passwords;

namespace Groupus.Infrastructure.Identity.Passwords;

/// <summary>The common-password list compiled into this assembly (see README.md beside it); compared case-insensitively.</summary>
internal sealed class EmbeddedCommonPasswordList : ICommonPasswordList
{
    private readonly FrozenSet<string> _passwords = Load();

    public int Count => _passwords.Count;

    public bool Contains(string password) => _passwords.Contains(password.ToLowerInvariant());

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(EmbeddedCommonPasswordList).Assembly.GetManifestResourceStream("Groupus.Infrastructure.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from the build.");
        using var reader = new StreamReader(stream);
        var passwords = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                passwords.Add(line);
            }
        }

        return passwords.ToFrozenSet(StringComparer.Ordinal);
    }
}
