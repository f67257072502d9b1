using Groupus.Application.Communications;
using Groupus.Domain.Communications;
using Groupus.Domain.Communications.Mail;
using Groupus.Infrastructure.Communications.Mail;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Groupus.Infrastructure.Communications;

/// <summary>
/// Renders a message to a person into the <see cref="MailSpool"/>. A text message (addressed to number@sms.invalid) is
/// left there for the SMS gateway to collect, and so is an e-mail with the pickup-directory transport; with SMTP an
/// e-mail waits there for the delivery worker.
/// </summary>
internal sealed class SpooledMessageDelivery(MailSpool spool, IOptions<PickupDirectoryOptions> options, IOptions<MailOptions> mail) : IMessageDelivery
{
    public async Task<MessageHandOver> DeliverAsync(OutgoingMessage message, string body, CancellationToken cancellationToken)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(options.Value.From));
        mime.To.Add(message.Channel == NotificationChannel.TextMessage
            ? new MailboxAddress(message.RecipientAddress, message.RecipientAddress.TrimStart('+') + "@sms.invalid")
            : MailboxAddress.Parse(message.RecipientAddress));
        mime.Subject = message.Subject;
        mime.MessageId = $"{message.Id:N}@{MailDelivery.MessageIdDomain}";
        mime.Date = DateTimeOffset.FromUnixTimeSeconds(new DateTimeOffset(message.CreatedAtUtc, TimeSpan.Zero).ToUnixTimeSeconds());
        mime.Headers.Add("X-Groupus-Channel", message.Channel.ToString());
        mime.Body = new TextPart("plain") { Text = body };
        await spool.WriteAsync(SpoolName(message.Id), mime, cancellationToken);
        return message.Channel == NotificationChannel.Email && mail.Value.Transport == MailTransportKind.Smtp ? MessageHandOver.Queued : MessageHandOver.Collected;
    }

    public Task WithdrawAsync(Guid messageId, CancellationToken cancellationToken)
    {
        spool.Delete(SpoolName(messageId));
        return Task.CompletedTask;
    }

    internal static string SpoolName(Guid messageId) => messageId.ToString("N");
}
