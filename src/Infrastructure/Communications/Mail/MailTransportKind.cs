namespace Groupus.Infrastructure.Communications.Mail;

/// <summary>How e-mail leaves: written as .eml files for a relay to collect (development), or sent to an SMTP server.</summary>
public enum MailTransportKind
{
    PickupDirectory = 1,
    Smtp = 2,
}
