namespace Groupus.Sip.Dialogs;

/// <summary>Who the user agent is: the user part of its Contact and From, and its User-Agent header.</summary>
public sealed record SipUserAgentOptions
{
    public string User { get; init; } = "gateway";

    public string UserAgent { get; init; } = "Groupus";

    /// <summary>Re-INVITE attempts after 491 responses before giving up with the last 491.</summary>
    public int GlareAttempts { get; init; } = 3;

    /// <summary>How long an INVITE left ringing (a 1xx <see cref="SipAnswer"/>) waits for the application before 480.</summary>
    public TimeSpan NoAnswerTimeout { get; init; } = TimeSpan.FromMinutes(2);

    public static IReadOnlyList<string> Allowed { get; } =
        [Messages.SipMethods.Invite, Messages.SipMethods.Ack, Messages.SipMethods.Bye, Messages.SipMethods.Cancel, Messages.SipMethods.Options, Messages.SipMethods.Update];
}
