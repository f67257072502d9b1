using Groupus.Domain.Communications.Mail;
using MimeKit;

namespace Groupus.Infrastructure.Communications.Mail;

/// <summary>
/// Development delivery: the e-mail is written, as an .eml file named by its Message-ID, into the pickup directory
/// (<see cref="MailSpool"/>) for a local relay or a developer to collect; every recipient counts as accepted.
/// </summary>
internal sealed class PickupDirectoryTransport(MailSpool spool) : IMailTransport
{
    private const int Accepted = 250;

    public async Task<MailAttemptResult> SendAsync(MimeMessage message, IReadOnlyList<int> recipients, CancellationToken cancellationToken)
    {
        message.MessageId ??= MimeKit.Utils.MimeUtils.GenerateMessageId(MailDelivery.MessageIdDomain);
        await spool.WriteAsync(message.MessageId.Split('@')[0], message, cancellationToken);
        return new MailAttemptResult(MailAttemptOutcome.Accepted, Accepted, [.. recipients.Select(p => new RecipientReply(p, Accepted))]);
    }
}
