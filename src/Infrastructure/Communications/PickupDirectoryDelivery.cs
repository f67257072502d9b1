using Groupus.Application.Communications;
using Groupus.Domain.Communications;
using Groupus.Infrastructure.Persistence;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Groupus.Infrastructure.Communications;

/// <summary>
/// Delivers by the SMTP pickup-directory convention: one RFC 5322 message per .eml file, written to a temporary name
/// and renamed, so the mail server (or the SMS gateway, for text messages addressed to number@sms.invalid) never picks
/// up half a file. The directory is owner-only: the files hold one-time codes.
/// </summary>
internal sealed class PickupDirectoryDelivery(IOptions<PickupDirectoryOptions> options, IOptions<GroupusOptions> groupus) : IMessageDelivery
{
    public async Task DeliverAsync(OutgoingMessage message, string body, CancellationToken cancellationToken)
    {
        var directory = SpoolDirectory();
        DataDirectory.EnsureExists(directory);

        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(options.Value.From));
        mime.To.Add(message.Channel == NotificationChannel.TextMessage
            ? new MailboxAddress(message.RecipientAddress, message.RecipientAddress.TrimStart('+') + "@sms.invalid")
            : MailboxAddress.Parse(message.RecipientAddress));
        mime.Subject = message.Subject;
        mime.MessageId = $"{message.Id:N}@groupus.invalid";
        mime.Date = DateTimeOffset.FromUnixTimeSeconds(new DateTimeOffset(message.CreatedAtUtc, TimeSpan.Zero).ToUnixTimeSeconds());
        mime.Headers.Add("X-Groupus-Channel", message.Channel.ToString());
        mime.Body = new TextPart("plain") { Text = body };

        var path = PathOf(directory, message.Id);
        var temporary = path + ".tmp";
        await using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            await mime.WriteToAsync(file, cancellationToken);
        }

        File.Move(temporary, path, overwrite: true);
    }

    public Task WithdrawAsync(Guid messageId, CancellationToken cancellationToken)
    {
        var directory = SpoolDirectory();
        if (Directory.Exists(directory))
        {
            File.Delete(PathOf(directory, messageId) + ".tmp");
            File.Delete(PathOf(directory, messageId));
        }

        return Task.CompletedTask;
    }

    private string SpoolDirectory() => options.Value.PickupDirectory is { Length: > 0 } configured
        ? Path.GetFullPath(configured)
        : Path.Combine(groupus.Value.ResolveDataDirectory(), "outgoing-mail");

    private static string PathOf(string directory, Guid messageId) => Path.Combine(directory, $"{messageId:N}.eml");
}
