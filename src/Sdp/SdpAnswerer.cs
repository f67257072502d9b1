namespace Groupus.Sdp;

/// <summary>
/// RFC 3264 answers for a fax gateway. Every offered m-line gets one answer line in the same order: the first audio line
/// we can serve (G.711, telephone-event when offered) and the first T.38 line are accepted, every other line is
/// answered with port 0 and its offered formats. For T.38 the answer takes the lower version and bit rate, copies the
/// rate management, states our buffer and datagram limits, keeps FillBitRemoval/MMR/JBIG only when offered and
/// supported, and picks one offered error correction. Pure: no clock, no I/O.
/// </summary>
public static class SdpAnswerer
{
    /// <summary>The media part of an answer; <see cref="SdpSession"/> wraps it with our o= line.</summary>
    public static SdpResult<AnswerMedia> AnswerMedia(SessionDescription offer, LocalMediaCapabilities local)
    {
        var answered = new List<MediaDescription>();
        bool audioTaken = false;
        bool imageTaken = false;
        foreach (var offered in offer.Media)
        {
            MediaDescription? accepted = null;
            if (offered.Port != 0 && offered.IsT38 && local.AcceptT38 && !imageTaken)
            {
                var parameters = T38AttributeCodec.Read(offered);
                if (!parameters.IsSuccess)
                {
                    return parameters.Error!;
                }

                accepted = AnswerT38(offered, parameters.Value!, local);
                imageTaken = true;
            }
            else if (offered.Port != 0 && offered.IsAudio && local.AcceptAudio && !audioTaken)
            {
                accepted = AnswerAudio(offered, local);
                audioTaken = accepted is not null;
            }

            answered.Add(accepted ?? Refused(offered));
        }

        if (!audioTaken && !imageTaken)
        {
            return new SdpError(SdpErrorKind.NoAcceptableMedia, 0, "no G.711 audio or T.38 image stream we can accept");
        }

        return new AnswerMedia(answered);
    }

    private static MediaDescription AnswerT38(MediaDescription offered, T38Parameters offer, LocalMediaCapabilities local)
    {
        var answer = new T38Parameters
        {
            Version = Math.Min(offer.Version ?? 0, local.T38MaxVersion),
            MaxBitRate = Math.Min(offer.MaxBitRate ?? local.T38MaxBitRate, local.T38MaxBitRate),
            FillBitRemoval = offer.FillBitRemoval && local.SupportsFillBitRemoval,
            TranscodingMmr = offer.TranscodingMmr && local.SupportsTranscodingMmr,
            TranscodingJbig = offer.TranscodingJbig && local.SupportsTranscodingJbig,
            RateManagement = offer.RateManagement ?? T38RateManagement.TransferredTcf,
            MaxBuffer = local.T38MaxBuffer,
            MaxDatagram = local.T38MaxDatagram,
            ErrorCorrections = local.ErrorCorrectionPreference.Where(offer.ErrorCorrections.Contains).Take(1).ToArray(),
        };
        return new MediaDescription("image", local.ImagePort, offered.Protocol, ["t38"], null, T38AttributeCodec.Write(answer));
    }

    private static MediaDescription? AnswerAudio(MediaDescription offered, LocalMediaCapabilities local)
    {
        var formats = new List<string>();
        var attributes = new List<SdpAttribute>();
        foreach (string format in offered.Formats)
        {
            string? encoding = AudioCodecs.EncodingOf(offered, format);
            bool voice = encoding is not null && (encoding.Equals(AudioCodecs.Pcmu, StringComparison.OrdinalIgnoreCase) || encoding.Equals(AudioCodecs.Pcma, StringComparison.OrdinalIgnoreCase));
            bool events = encoding is not null && encoding.Equals(AudioCodecs.TelephoneEvent, StringComparison.OrdinalIgnoreCase);
            if (!voice && !events)
            {
                continue;
            }

            formats.Add(format);
            attributes.Add(new SdpAttribute("rtpmap", $"{format} {(voice ? encoding!.ToUpperInvariant() : AudioCodecs.TelephoneEvent)}/8000"));
            if (events)
            {
                attributes.Add(new SdpAttribute("fmtp", $"{format} 0-15"));
            }
        }

        if (!formats.Any(format => !IsTelephoneEvent(offered, format)))
        {
            return null; // telephone-event alone carries no fax
        }

        attributes.Add(new SdpAttribute("ptime", "20"));
        string? direction = AnswerDirection(offered);
        if (direction is not null)
        {
            attributes.Add(new SdpAttribute(direction, null));
        }

        return new MediaDescription("audio", local.AudioPort, offered.Protocol, formats, null, attributes);
    }

    private static bool IsTelephoneEvent(MediaDescription offered, string format) =>
        AudioCodecs.EncodingOf(offered, format)?.Equals(AudioCodecs.TelephoneEvent, StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>RFC 3264 6.1: sendonly is answered recvonly and the reverse; inactive stays inactive.</summary>
    private static string? AnswerDirection(MediaDescription offered)
    {
        foreach (var attribute in offered.Attributes)
        {
            switch (attribute.Name.ToLowerInvariant())
            {
                case "sendonly":
                    return "recvonly";
                case "recvonly":
                    return "sendonly";
                case "inactive":
                    return "inactive";
            }
        }

        return null;
    }

    /// <summary>RFC 3264 6: a refused stream keeps its place, with port 0 and at least one format.</summary>
    private static MediaDescription Refused(MediaDescription offered) =>
        new(offered.Media, 0, offered.Protocol, offered.Formats, null, []);
}
