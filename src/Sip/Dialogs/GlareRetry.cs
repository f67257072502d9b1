namespace Groupus.Sip.Dialogs;

/// <summary>
/// §14.1: after a 491 to a re-INVITE, wait a random time before trying again: 2.1–4 s if we own the Call-ID (we sent the
/// initial INVITE), otherwise 0–2 s, in 10 ms units. The two windows do not overlap, so the retries do not collide again.
/// </summary>
public static class GlareRetry
{
    public static TimeSpan Delay(bool ownsCallId, Random random) =>
        ownsCallId
            ? TimeSpan.FromMilliseconds(10 * random.Next(210, 401))
            : TimeSpan.FromMilliseconds(10 * random.Next(0, 201));
}
