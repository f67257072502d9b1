using Groupus.Domain.Communications;
using Groupus.Domain.Communications.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Groupus.Infrastructure.Communications.Mail;

/// <summary>
/// The e-mail a delivery sends: a message to a person as it was rendered into the spool when it was recorded (its body
/// may be a one-time code, kept nowhere else), a notification rendered from its row. Null when there is nothing left
/// to send (withdrawn by the person's erasure).
/// </summary>
internal sealed class MailComposer(MailSpool spool, IOptions<PickupDirectoryOptions> options)
{
    public async Task<MimeMessage?> ComposeAsync(CommunicationsDbContext db, MailDelivery delivery, CancellationToken cancellationToken) => delivery.Source switch
    {
        MailSource.Message => await spool.ReadAsync(SpooledMessageDelivery.SpoolName(delivery.SourceId), cancellationToken),
        _ => await db.Notifications.AsNoTracking().FirstOrDefaultAsync(n => n.Id == delivery.SourceId, cancellationToken) is { } notification
            ? Render(notification, delivery)
            : null,
    };

    private MimeMessage Render(Notification notification, MailDelivery delivery)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(options.Value.From));
        mime.To.AddRange(notification.RecipientAddresses.Select(MailboxAddress.Parse));
        mime.Subject = notification.Subject;
        mime.MessageId = delivery.MessageIdHeader;
        mime.Date = new DateTimeOffset(notification.CreatedAtUtc, TimeSpan.Zero);
        mime.Body = new TextPart("plain") { Text = notification.Body };
        return mime;
    }
}
