namespace Groupus.Sdp;

/// <summary>
/// Our side of one SDP session across offers and answers (initial INVITE, re-INVITE, UPDATE). It keeps our o= line: a
/// description identical to the previous one we sent keeps the session version (a session refresh changes nothing,
/// RFC 3264 8), a changed one increments it. Immutable: each call returns the next state with the description.
/// </summary>
public sealed record SdpSession(SdpOrigin Origin, LocalMediaCapabilities Local, string? LastContent)
{
    /// <summary>A new session; <paramref name="sessionId"/> should be unique per call (e.g. random digits).</summary>
    public static SdpSession Create(string sessionId, LocalMediaCapabilities local) =>
        new(new SdpOrigin("-", sessionId, 1, "IN", "IP4", local.Address), local, null);

    /// <summary>Answers an offer (see <see cref="SdpAnswerer"/>); a typed error when nothing can be accepted (488).</summary>
    public SdpResult<SdpOutcome> Answer(SessionDescription offer)
    {
        var media = SdpAnswerer.AnswerMedia(offer, Local);
        return media.IsSuccess ? Describe(media.Value!.Media) : media.Error!;
    }

    /// <summary>Our offer of a G.711 audio stream (an outbound call, or back to audio after T.38).</summary>
    public SdpOutcome OfferAudio() => Describe([SdpOfferer.Audio(Local)]);

    /// <summary>Our offer to switch to T.38 (a re-INVITE with a single image stream).</summary>
    public SdpOutcome OfferT38() => Describe([SdpOfferer.T38(Local)]);

    private SdpOutcome Describe(IReadOnlyList<MediaDescription> media)
    {
        var body = new SessionDescription(Origin, "-", SdpConnection.Ipv4(Local.Address), "0 0", [], media);
        string content = ContentOf(body);
        if (LastContent is null || content == LastContent)
        {
            return new SdpOutcome(this with { LastContent = content }, body, Changed: LastContent is null);
        }

        var origin = Origin with { SessionVersion = Origin.SessionVersion + 1 };
        return new SdpOutcome(this with { Origin = origin, LastContent = content }, body with { Origin = origin }, Changed: true);
    }

    /// <summary>The body without its o= line: what decides whether our description changed.</summary>
    private static string ContentOf(SessionDescription body)
    {
        string text = SdpSerializer.Serialize(body);
        return text[text.IndexOf("\r\ns=", StringComparison.Ordinal)..];
    }
}
