using System.Text;

namespace Groupus.Sdp;

/// <summary>Writes a <see cref="SessionDescription"/> as an SDP body with CRLF line ends, in RFC 4566 order.</summary>
public static class SdpSerializer
{
    public static string Serialize(SessionDescription description)
    {
        var text = new StringBuilder();
        Line(text, 'v', "0");
        Line(text, 'o', description.Origin.ToString());
        Line(text, 's', description.SessionName);
        if (description.Connection is not null)
        {
            Line(text, 'c', description.Connection.ToString());
        }

        Line(text, 't', description.Timing);
        foreach (var attribute in description.Attributes)
        {
            Line(text, 'a', attribute.ToString());
        }

        foreach (var media in description.Media)
        {
            Line(text, 'm', $"{media.Media} {media.Port} {media.Protocol} {string.Join(' ', media.Formats)}");
            if (media.Connection is not null)
            {
                Line(text, 'c', media.Connection.ToString());
            }

            foreach (var attribute in media.Attributes)
            {
                Line(text, 'a', attribute.ToString());
            }
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, char type, string value) => text.Append(type).Append('=').Append(value).Append("\r\n");
}
