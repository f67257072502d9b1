namespace Groupus.Sdp;

/// <summary>
/// Our side of one SDP session across offers (initial INVITE, re-INVITE, UPDATE). It keeps our o= line: an answer
/// identical to the previous one keeps the session version (a session refresh changes nothing, RFC 3264 8), a changed
/// answer increments it. Immutable: <see cref="Answer"/> returns the next state.
/// </summary>
public sealed record SdpAnswerSession(SdpOrigin Origin, LocalMediaCapabilities Local, string? LastAnswerBody)
{
    /// <summary>A new session; <paramref name="sessionId"/> should be unique per call (e.g. random digits).</summary>
    public static SdpAnswerSession Create(string sessionId, LocalMediaCapabilities local) =>
        new(new SdpOrigin("-", sessionId, 1, "IN", "IP4", local.Address), local, null);

    public SdpResult<SdpAnswerOutcome> Answer(SessionDescription offer)
    {
        var media = SdpAnswerer.AnswerMedia(offer, Local);
        if (!media.IsSuccess)
        {
            return media.Error!;
        }

        var body = new SessionDescription(Origin, "-", SdpConnection.Ipv4(Local.Address), "0 0", [], media.Value!.Media);
        string content = ContentOf(body);
        if (LastAnswerBody is null || content == LastAnswerBody)
        {
            return new SdpAnswerOutcome(this with { LastAnswerBody = content }, body, Changed: LastAnswerBody is null);
        }

        var origin = Origin with { SessionVersion = Origin.SessionVersion + 1 };
        return new SdpAnswerOutcome(this with { Origin = origin, LastAnswerBody = content }, body with { Origin = origin }, Changed: true);
    }

    /// <summary>The body without its o= line: what decides whether the answer changed.</summary>
    private static string ContentOf(SessionDescription body)
    {
        string text = SdpSerializer.Serialize(body);
        int originEnd = text.IndexOf("\r\ns=", StringComparison.Ordinal);
        return text[originEnd..];
    }
}
