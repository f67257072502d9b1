namespace Groupus.Infrastructure.Communications.Mail;

/// <summary>Whether the SMTP conversation is encrypted with STARTTLS before anything is sent.</summary>
public enum SmtpSecurity
{
    /// <summary>STARTTLS or no conversation: a server that does not offer it is a deferred attempt.</summary>
    StartTlsRequired = 1,

    /// <summary>STARTTLS when the server offers it, plain otherwise.</summary>
    StartTlsWhenOffered = 2,

    /// <summary>Plain text: for a relay on loopback in development only.</summary>
    None = 3,
}
