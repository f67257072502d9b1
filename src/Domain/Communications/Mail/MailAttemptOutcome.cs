namespace Groupus.Domain.Communications.Mail;

/// <summary>How a conversation with the mail server ended.</summary>
public enum MailAttemptOutcome
{
    /// <summary>The server accepted the data (250) for the recipients it had accepted.</summary>
    Accepted = 1,

    /// <summary>A temporary refusal (4xx), or no server to talk to (connection refused, timed out, TLS failed): try again later.</summary>
    Deferred = 2,

    /// <summary>A permanent refusal (5xx) of the message or of every recipient: never tried again.</summary>
    Rejected = 3,

    /// <summary>The data was sent and the connection dropped before the server's reply: the server may have the message.</summary>
    AnswerLost = 4,
}
