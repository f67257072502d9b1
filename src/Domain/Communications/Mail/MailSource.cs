namespace Groupus.Domain.Communications.Mail;

/// <summary>What an e-mail carries: a message to a person's address, or a notification.</summary>
public enum MailSource
{
    /// <summary>An <see cref="OutgoingMessage"/> (an identity code, a notice to a person).</summary>
    Message = 1,

    /// <summary>A <see cref="Notification"/> (a host's visitor, a fax received).</summary>
    Notification = 2,
}
