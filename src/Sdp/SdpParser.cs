using System.Globalization;

namespace Groupus.Sdp;

/// <summary>
/// Parses an SDP body (RFC 4566) within <see cref="SdpLimits"/>. Tolerant where peers differ (LF or CRLF, trailing
/// blanks, unknown line types), strict where the meaning would be unclear (required lines, numbers, ports).
/// </summary>
public static class SdpParser
{
    public static SdpResult<SessionDescription> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > SdpLimits.MaximumCharacters)
        {
            return new SdpError(SdpErrorKind.TooLarge, 0, $"more than {SdpLimits.MaximumCharacters} characters");
        }

        var lines = text.Split('\n');
        if (lines.Length > SdpLimits.MaximumLines + 1)
        {
            return new SdpError(SdpErrorKind.TooLarge, 0, $"more than {SdpLimits.MaximumLines} lines");
        }

        SdpOrigin? origin = null;
        string? sessionName = null;
        string? timing = null;
        SdpConnection? sessionConnection = null;
        var sessionAttributes = new List<SdpAttribute>();
        var media = new List<MediaBuilder>();
        bool sawVersion = false;

        for (int i = 0; i < lines.Length; i++)
        {
            int number = i + 1;
            string line = lines[i].TrimEnd('\r', ' ', '\t');
            if (line.Length == 0)
            {
                continue;
            }

            if (line.Length < 2 || line[1] != '=' || !char.IsAsciiLetterLower(line[0]))
            {
                return Malformed(number, "not a <type>=<value> line");
            }

            char type = line[0];
            string value = line[2..];
            if (!sawVersion)
            {
                if (type != 'v' || value != "0")
                {
                    return Malformed(number, "an SDP body starts with v=0");
                }

                sawVersion = true;
                continue;
            }

            switch (type)
            {
                case 'o' when media.Count == 0 && origin is null:
                    if (!TryParseOrigin(value, out origin))
                    {
                        return Invalid(number, "o= needs six fields and a numeric session version");
                    }

                    break;
                case 's' when media.Count == 0 && sessionName is null:
                    sessionName = value;
                    break;
                case 't' when media.Count == 0:
                    timing ??= value;
                    break;
                case 'c':
                    if (!TryParseConnection(value, out var connection))
                    {
                        return Invalid(number, "c= needs network type, address type and address");
                    }

                    if (media.Count == 0)
                    {
                        sessionConnection = connection;
                    }
                    else
                    {
                        media[^1].Connection = connection;
                    }

                    break;
                case 'a':
                    var attribute = ParseAttribute(value);
                    if (attribute.Name.Length == 0)
                    {
                        return Invalid(number, "an a= line without a name");
                    }

                    (media.Count == 0 ? sessionAttributes : media[^1].Attributes).Add(attribute);
                    break;
                case 'm':
                    if (media.Count == SdpLimits.MaximumMediaDescriptions)
                    {
                        return new SdpError(SdpErrorKind.TooLarge, number, $"more than {SdpLimits.MaximumMediaDescriptions} m= lines");
                    }

                    var error = TryParseMedia(value, number, out var builder);
                    if (error is not null)
                    {
                        return error;
                    }

                    media.Add(builder!);
                    break;
                case 'o' or 's' or 'v':
                    return Malformed(number, $"{type}= repeated or after the first m=");
                default:
                    break; // i=, u=, e=, p=, b=, z=, k=, r= and unknown types are allowed and not kept
            }
        }

        if (!sawVersion || origin is null || sessionName is null || timing is null)
        {
            return Malformed(0, "v=, o=, s= and t= are required");
        }

        return new SessionDescription(origin, sessionName, sessionConnection, timing, sessionAttributes, [.. media.Select(builder => builder.Build())]);
    }

    private static bool TryParseOrigin(string value, out SdpOrigin? origin)
    {
        origin = null;
        var fields = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 6 || !ulong.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out ulong version))
        {
            return false;
        }

        origin = new SdpOrigin(fields[0], fields[1], version, fields[3], fields[4], fields[5]);
        return true;
    }

    private static bool TryParseConnection(string value, out SdpConnection? connection)
    {
        var fields = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        connection = fields.Length == 3 ? new SdpConnection(fields[0], fields[1], fields[2]) : null;
        return connection is not null;
    }

    private static SdpAttribute ParseAttribute(string value)
    {
        int colon = value.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? new SdpAttribute(value.Trim(), null) : new SdpAttribute(value[..colon].Trim(), value[(colon + 1)..].Trim());
    }

    private static SdpError? TryParseMedia(string value, int number, out MediaBuilder? builder)
    {
        builder = null;
        var fields = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 4)
        {
            return Invalid(number, "m= needs media, port, protocol and at least one format");
        }

        if (fields.Length - 3 > SdpLimits.MaximumFormatsPerMedia)
        {
            return new SdpError(SdpErrorKind.TooLarge, number, "too many formats");
        }

        string portText = fields[1];
        int slash = portText.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            portText = portText[..slash]; // a port count (RTP/RTCP pairs) is not used by fax media
        }

        if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port > 65535)
        {
            return Invalid(number, "m= port is not 0..65535");
        }

        builder = new MediaBuilder(fields[0], port, fields[2], fields[3..]);
        return null;
    }

    private static SdpError Malformed(int line, string detail) => new(SdpErrorKind.Malformed, line, detail);

    private static SdpError Invalid(int line, string detail) => new(SdpErrorKind.InvalidValue, line, detail);

    private sealed class MediaBuilder(string media, int port, string protocol, string[] formats)
    {
        public SdpConnection? Connection { get; set; }

        public List<SdpAttribute> Attributes { get; } = [];

        public MediaDescription Build() => new(media, port, protocol, formats, Connection, Attributes);
    }
}
