namespace Groupus.Sip.Authentication;

/// <summary>
/// The parameters of a <c>Digest</c> challenge or credentials header (<c>Digest realm="x", nonce="y", qop=auth</c>), parsed
/// with bounds: a value longer than <see cref="MaxLength"/> or more than <see cref="MaxParameters"/> parameters is refused.
/// </summary>
public sealed class DigestHeader
{
    public const int MaxLength = 4096;
    public const int MaxParameters = 32;

    private readonly Dictionary<string, string> _parameters;

    private DigestHeader(Dictionary<string, string> parameters) => _parameters = parameters;

    public string? this[string name] => _parameters.TryGetValue(name, out var value) ? value : null;

    public static bool TryParse(string? text, out DigestHeader header)
    {
        header = null!;
        if (text is null || text.Length > MaxLength)
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        if (!span.StartsWith("Digest", StringComparison.OrdinalIgnoreCase) || span.Length <= 6 || !char.IsWhiteSpace(span[6]))
        {
            return false;
        }

        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        int i = 6;
        while (true)
        {
            while (i < span.Length && (char.IsWhiteSpace(span[i]) || span[i] == ','))
            {
                i++;
            }

            if (i >= span.Length)
            {
                break;
            }

            int nameStart = i;
            while (i < span.Length && span[i] != '=' && !char.IsWhiteSpace(span[i]) && span[i] != ',')
            {
                i++;
            }

            var name = span[nameStart..i].ToString();
            while (i < span.Length && char.IsWhiteSpace(span[i]))
            {
                i++;
            }

            if (name.Length == 0 || i >= span.Length || span[i] != '=' || parameters.Count >= MaxParameters)
            {
                return false;
            }

            i++;
            while (i < span.Length && char.IsWhiteSpace(span[i]))
            {
                i++;
            }

            if (!TryReadValue(span, ref i, out var value) || !parameters.TryAdd(name, value))
            {
                return false;
            }
        }

        header = new DigestHeader(parameters);
        return parameters.Count > 0;
    }

    private static bool TryReadValue(ReadOnlySpan<char> span, ref int i, out string value)
    {
        value = string.Empty;
        if (i < span.Length && span[i] == '"')
        {
            var builder = new System.Text.StringBuilder();
            for (i++; i < span.Length; i++)
            {
                if (span[i] == '\\' && i + 1 < span.Length)
                {
                    builder.Append(span[++i]);
                }
                else if (span[i] == '"')
                {
                    i++;
                    value = builder.ToString();
                    return true;
                }
                else
                {
                    builder.Append(span[i]);
                }
            }

            return false;
        }

        int start = i;
        while (i < span.Length && span[i] != ',' && !char.IsWhiteSpace(span[i]))
        {
            i++;
        }

        value = span[start..i].ToString();
        return value.Length > 0;
    }
}
