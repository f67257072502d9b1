using MailKit.Net.Smtp;
using MimeKit;

namespace Groupus.Infrastructure.Communications.Mail;

/// <summary>
/// MailKit's client, told not to give up on the first refused recipient: each RCPT reply is recorded, and the message
/// goes to those accepted. Also records whether the whole message was written, to tell a lost answer from a lost send.
/// </summary>
internal sealed class RecipientRecordingSmtpClient : SmtpClient, MailKit.ITransferProgress
{
    private long _bytesWritten;
    private long? _messageSize;

    public Dictionary<MailboxAddress, int> RecipientReplies { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>True once every byte of the message was handed to the server (only its reply was still to come).</summary>
    public bool MessageWritten => _bytesWritten > 0 && (_messageSize is null || _bytesWritten >= _messageSize);

    public void Report(long bytesTransferred, long totalSize)
    {
        _bytesWritten = bytesTransferred;
        _messageSize = totalSize;
    }

    public void Report(long bytesTransferred) => _bytesWritten = bytesTransferred;

    protected override void OnRecipientAccepted(MimeMessage message, MailboxAddress mailbox, SmtpResponse response) =>
        RecipientReplies[mailbox] = (int)response.StatusCode;

    protected override void OnRecipientNotAccepted(MimeMessage message, MailboxAddress mailbox, SmtpResponse response) =>
        RecipientReplies[mailbox] = (int)response.StatusCode;

    protected override void OnNoRecipientsAccepted(MimeMessage message) => throw new NoRecipientAcceptedException();
}
