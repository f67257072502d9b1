using System.Text;

namespace Groupus.Fax.T30;

/// <summary>
/// The 20-digit identification carried by CSI, TSI and CIG (T.30 5.3.6.2.4): up to 20 characters from
/// "0-9", "+" and space, transmitted last character first and padded with spaces to 20 octets.
/// </summary>
public static class SubscriberIdentification
{
    public const int Length = 20;

    public static byte[] Encode(string identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var trimmed = identity.Trim();
        if (trimmed.Length > Length)
        {
            throw new ArgumentException($"Identification longer than {Length} characters.", nameof(identity));
        }

        foreach (var c in trimmed)
        {
            if (c is not ((>= '0' and <= '9') or '+' or ' '))
            {
                throw new ArgumentException($"Character '{c}' is not allowed in a T.30 identification.", nameof(identity));
            }
        }

        var fif = new byte[Length];
        Array.Fill(fif, (byte)' ');
        for (var i = 0; i < trimmed.Length; i++)
        {
            fif[i] = (byte)trimmed[trimmed.Length - 1 - i];
        }

        return fif;
    }

    /// <summary>Decodes leniently: non-printable octets become '?', padding is trimmed.</summary>
    public static string Decode(ReadOnlySpan<byte> fif)
    {
        var sb = new StringBuilder(fif.Length);
        for (var i = fif.Length - 1; i >= 0; i--)
        {
            var b = fif[i];
            sb.Append(b is >= 0x20 and < 0x7F ? (char)b : '?');
        }

        return sb.ToString().Trim();
    }
}
