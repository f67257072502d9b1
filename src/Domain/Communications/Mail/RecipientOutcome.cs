namespace Groupus.Domain.Communications.Mail;

/// <summary>What the mail server said about one recipient.</summary>
public enum RecipientOutcome
{
    /// <summary>Not yet accepted: never tried, or refused for now (4xx) and tried again with the next attempt.</summary>
    Pending = 1,

    /// <summary>Accepted at RCPT and the message accepted after its data.</summary>
    Accepted = 2,

    /// <summary>Refused for good at RCPT (5xx), or still refused when the attempts ran out; the others still get the message.</summary>
    Refused = 3,

    /// <summary>Accepted at RCPT, but the answer to the data never came (see <see cref="MailStatus.Unknown"/>).</summary>
    Unknown = 4,
}
