namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>
/// Finds an encryption dictionary reference (<c>/Encrypt 12 0 R</c> or <c>/Encrypt &lt;&lt;</c>), which only a trailer or a
/// cross-reference stream holds. Page content is normally compressed, so the name is not found there by chance.
/// </summary>
internal static class PdfEncryption
{
    private static ReadOnlySpan<byte> EncryptName => "/Encrypt"u8;

    public static bool IsEncrypted(ReadOnlySpan<byte> pdf)
    {
        int offset = 0;
        while (offset < pdf.Length)
        {
            int found = pdf[offset..].IndexOf(EncryptName);
            if (found < 0)
            {
                return false;
            }

            var after = pdf[(offset + found + EncryptName.Length)..];
            if (IsFollowedByDictionaryOrReference(after))
            {
                return true;
            }

            offset += found + EncryptName.Length;
        }

        return false;
    }

    private static bool IsFollowedByDictionaryOrReference(ReadOnlySpan<byte> after)
    {
        int i = SkipWhitespace(after, 0);
        if (i < after.Length - 1 && after[i] == '<' && after[i + 1] == '<')
        {
            return true;
        }

        // An indirect reference: object number, generation, R.
        int digits = SkipDigits(after, i);
        if (digits == i)
        {
            return false;
        }

        i = SkipWhitespace(after, digits);
        int generation = SkipDigits(after, i);
        if (generation == i)
        {
            return false;
        }

        i = SkipWhitespace(after, generation);
        return i < after.Length && after[i] == 'R';
    }

    private static int SkipWhitespace(ReadOnlySpan<byte> bytes, int i)
    {
        while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t' or (byte)'\f' or 0)
        {
            i++;
        }

        return i;
    }

    private static int SkipDigits(ReadOnlySpan<byte> bytes, int i)
    {
        while (i < bytes.Length && bytes[i] is >= (byte)'0' and <= (byte)'9')
        {
            i++;
        }

        return i;
    }
}
