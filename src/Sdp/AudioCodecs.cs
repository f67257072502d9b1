namespace Groupus.Sdp;

/// <summary>The RTP payloads a fax gateway answers: G.711 μ-law and A-law (static types 0 and 8) and RFC 4733 telephone-event.</summary>
public static class AudioCodecs
{
    public const string Pcmu = "PCMU";

    public const string Pcma = "PCMA";

    public const string TelephoneEvent = "telephone-event";

    /// <summary>The encoding name of a payload type in <paramref name="media"/>: from its a=rtpmap, else the static table.</summary>
    public static string? EncodingOf(MediaDescription media, string payloadType)
    {
        foreach (var rtpmap in media.AttributesNamed("rtpmap"))
        {
            var parts = rtpmap.Value?.Split(' ', 2, StringSplitOptions.TrimEntries);
            if (parts is [var type, var encoding] && type == payloadType)
            {
                return encoding.Split('/')[0];
            }
        }

        return payloadType switch
        {
            "0" => Pcmu,
            "8" => Pcma,
            _ => null,
        };
    }
}
