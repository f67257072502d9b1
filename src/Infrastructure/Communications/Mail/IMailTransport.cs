using Groupus.Domain.Communications.Mail;
using MimeKit;

namespace Groupus.Infrastructure.Communications.Mail;

/// <summary>Carries one e-mail in one attempt and reports how it went; never throws for what the server answers.</summary>
internal interface IMailTransport
{
    /// <param name="recipients">The positions, in the message's To list, of the recipients to offer it to.</param>
    Task<MailAttemptResult> SendAsync(MimeMessage message, IReadOnlyList<int> recipients, CancellationToken cancellationToken);
}
