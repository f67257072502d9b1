namespace Groupus.Sip.Messages;

/// <summary>Lexical helpers shared by the header parsers: tokens, quoted strings, splitting outside quotes and brackets.</summary>
internal static class SipText
{
    private const string TokenPunctuation = "-.!%*_+`'~";

    public static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || TokenPunctuation.Contains(c);

    public static bool IsToken(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!IsTokenChar(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Splits at the separator where it is outside double quotes and angle brackets; null when quotes or brackets do not close.</summary>
    public static List<string>? SplitOutside(string value, char separator)
    {
        var parts = new List<string>();
        bool quoted = false;
        int angle = 0;
        int start = 0;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (quoted)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == '<')
            {
                angle++;
            }
            else if (c == '>')
            {
                if (--angle < 0)
                {
                    return null;
                }
            }
            else if (c == separator && angle == 0)
            {
                parts.Add(value[start..i].Trim());
                start = i + 1;
            }
        }

        if (quoted || angle != 0)
        {
            return null;
        }

        parts.Add(value[start..].Trim());
        return parts;
    }

    public static string Unquote(string value)
    {
        if (value.Length < 2 || value[0] != '"' || value[^1] != '"')
        {
            return value;
        }

        var inner = value.AsSpan(1, value.Length - 2);
        if (!inner.Contains('\\'))
        {
            return inner.ToString();
        }

        var builder = new System.Text.StringBuilder(inner.Length);
        for (int i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '\\' && i + 1 < inner.Length)
            {
                i++;
            }

            builder.Append(inner[i]);
        }

        return builder.ToString();
    }

    public static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
