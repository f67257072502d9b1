namespace Groupus.Domain.Communications.Mail;

/// <summary>One conversation with the mail server about an e-mail, as the delivery worker recorded it.</summary>
public sealed class MailAttempt
{
    private MailAttempt()
    {
    }

    public int Number { get; private set; }

    public DateTime AttemptedAtUtc { get; private set; }

    public MailAttemptOutcome Outcome { get; private set; }

    /// <summary>The reply code that settled the attempt (250 after the data, 451, 550...), or null when none came.</summary>
    public int? ReplyCode { get; private set; }

    /// <summary>How many recipients the server accepted and refused in this attempt.</summary>
    public int AcceptedRecipients { get; private set; }

    public int RefusedRecipients { get; private set; }

    internal static MailAttempt Of(int number, DateTime attemptedAtUtc, MailAttemptResult result) => new()
    {
        Number = number,
        AttemptedAtUtc = attemptedAtUtc,
        Outcome = result.Outcome,
        ReplyCode = result.ReplyCode,
        AcceptedRecipients = result.Recipients.Count(r => r.Accepted),
        RefusedRecipients = result.Recipients.Count(r => !r.Accepted),
    };
}
