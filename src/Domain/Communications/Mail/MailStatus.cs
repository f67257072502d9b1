namespace Groupus.Domain.Communications.Mail;

/// <summary>Where an e-mail stands with the mail server.</summary>
public enum MailStatus
{
    /// <summary>Waiting for its first attempt, or for the next one after a temporary refusal (4xx).</summary>
    Pending = 1,

    /// <summary>Taken by the delivery worker; an attempt is under way.</summary>
    Sending = 2,

    /// <summary>Every recipient was accepted with the message.</summary>
    Delivered = 3,

    /// <summary>Accepted for some recipients, refused for good for the others.</summary>
    PartiallyDelivered = 4,

    /// <summary>Refused for good (5xx), or still refused when the attempts ran out.</summary>
    Failed = 5,

    /// <summary>
    /// The message was sent but the server's answer never came (the connection dropped after the data): it may or may
    /// not have been delivered. Resent once with the same Message-ID; unknown for good if that attempt ends the same way.
    /// </summary>
    Unknown = 6,
}
