using System.Globalization;

namespace Groupus.Sip.Messages;

/// <summary>The CSeq header: a sequence number below 2^31 and the method (§8.1.1.5).</summary>
public sealed record CSeq(long Number, string Method)
{
    public const long MaxNumber = (1L << 31) - 1;

    public static bool TryParse(string text, out CSeq cseq)
    {
        cseq = null!;
        var parts = text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number > MaxNumber || !SipText.IsToken(parts[1]))
        {
            return false;
        }

        cseq = new CSeq(number, parts[1]);
        return true;
    }

    public override string ToString() => Number.ToString(CultureInfo.InvariantCulture) + " " + Method;
}
