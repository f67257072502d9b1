using Groupus.Domain.Communications.Mail;

namespace Groupus.Infrastructure.Communications.Mail;

/// <summary>"Communications:Mail": how e-mail is delivered (docs/configuration.md lists every key).</summary>
public sealed class MailOptions
{
    public const string Section = "Communications:Mail";

    public MailTransportKind Transport { get; set; } = MailTransportKind.PickupDirectory;

    public string SmtpHost { get; set; } = "localhost";

    public int SmtpPort { get; set; } = 25;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTlsRequired;

    /// <summary>
    /// When set, the server's certificate is trusted if and only if its SHA-256 thumbprint (hex) is this one (a private
    /// relay's own certificate, a test's); otherwise the system's trust store and the host name decide.
    /// </summary>
    public string? TrustedCertificateSha256 { get; set; }

    /// <summary>Authenticates when set (after STARTTLS).</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The mail domain of staff mailboxes: a member of staff's address is username@StaffDomain. Unset: staff get no e-mail.</summary>
    public string? StaffDomain { get; set; }

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public int BatchSize { get; set; } = 20;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    public TimeSpan FirstRetryDelay { get; set; } = MailRetryPolicy.Default.FirstDelay;

    public TimeSpan MaxRetryDelay { get; set; } = MailRetryPolicy.Default.MaxDelay;

    public int MaxAttempts { get; set; } = MailRetryPolicy.Default.MaxAttempts;

    /// <summary>Each retry delay is stretched by a random part of itself up to this fraction.</summary>
    public double RetryJitter { get; set; } = MailRetryPolicy.Default.Jitter;

    public MailRetryPolicy RetryPolicy => new(FirstRetryDelay, MaxRetryDelay, MaxAttempts, RetryJitter);
}
