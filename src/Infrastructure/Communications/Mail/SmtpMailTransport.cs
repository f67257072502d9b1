using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Groupus.Domain.Communications.Mail;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Groupus.Infrastructure.Communications.Mail;

/// <summary>
/// Sends one e-mail per SMTP connection with MailKit and turns what the server says into an attempt's result: 2xx
/// accepted, 4xx (or no server, or a failed TLS handshake) deferred, 5xx rejected, and a connection lost after the whole
/// message was written (before the server's answer) an answer lost: the server may have it.
/// </summary>
internal sealed class SmtpMailTransport(IOptions<MailOptions> options) : IMailTransport
{
    /// <summary>MailKit returns the text after a 2xx reply to the data, not its code; any 2xx is an acceptance.</summary>
    private const int Accepted = 250;

    public async Task<MailAttemptResult> SendAsync(MimeMessage message, IReadOnlyList<int> recipients, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var mailboxes = message.To.Mailboxes.ToList();
        var offered = recipients.Select(position => (Position: position, Mailbox: mailboxes[position])).ToList();
        using var client = new RecipientRecordingSmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        if (settings.TrustedCertificateSha256 is { Length: > 0 } thumbprint)
        {
            client.ServerCertificateValidationCallback = (_, certificate, _, _) => HasThumbprint(certificate, thumbprint);
        }

        try
        {
            await client.ConnectAsync(settings.SmtpHost, settings.SmtpPort, SocketOptions(settings.Security), cancellationToken);
            if (settings.UserName is { Length: > 0 } userName)
            {
                await client.AuthenticateAsync(userName, settings.Password ?? "", cancellationToken);
            }

            await client.SendAsync(FormatOptions.Default, message, message.From.Mailboxes.First(), offered.Select(o => o.Mailbox), cancellationToken, client);
            await DisconnectQuietlyAsync(client);
            return new MailAttemptResult(MailAttemptOutcome.Accepted, Accepted, RepliesOf(client, offered));
        }
        catch (NoRecipientAcceptedException)
        {
            await DisconnectQuietlyAsync(client);
            var replies = RepliesOf(client, offered);
            return replies.Any(r => !r.RefusedForGood)
                ? new MailAttemptResult(MailAttemptOutcome.Deferred, replies.Min(r => r.ReplyCode), replies)
                : MailAttemptResult.Rejected(replies.Min(r => r.ReplyCode), replies);
        }
        catch (SmtpCommandException refused)
        {
            await DisconnectQuietlyAsync(client);
            var code = (int)refused.StatusCode;
            var replies = RepliesOf(client, offered);
            return code >= 500 ? MailAttemptResult.Rejected(code, replies) : new MailAttemptResult(MailAttemptOutcome.Deferred, code, replies);
        }
        catch (Exception lost) when (lost is SmtpProtocolException or IOException or SocketException or SslHandshakeException
            or AuthenticationException or ServiceNotConnectedException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // Written in full and then lost: the server may have queued it, so it is not simply tried again.
            return client.MessageWritten
                ? new MailAttemptResult(MailAttemptOutcome.AnswerLost, null, RepliesOf(client, offered))
                : MailAttemptResult.Deferred(null);
        }
    }

    private static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.StartTlsRequired => SecureSocketOptions.StartTls,
        SmtpSecurity.StartTlsWhenOffered => SecureSocketOptions.StartTlsWhenAvailable,
        _ => SecureSocketOptions.None,
    };

    private static bool HasThumbprint(X509Certificate? certificate, string sha256Hex) =>
        certificate is not null && string.Equals(Convert.ToHexString(SHA256.HashData(certificate.GetRawCertData())), sha256Hex.Replace(":", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);

    private static List<RecipientReply> RepliesOf(RecipientRecordingSmtpClient client, List<(int Position, MailboxAddress Mailbox)> offered) =>
        [.. offered.Where(o => client.RecipientReplies.ContainsKey(o.Mailbox)).Select(o => new RecipientReply(o.Position, client.RecipientReplies[o.Mailbox]))];

    private static async Task DisconnectQuietlyAsync(SmtpClient client)
    {
        try
        {
            if (client.IsConnected)
            {
                await client.DisconnectAsync(quit: true, CancellationToken.None);
            }
        }
        catch (Exception closing) when (closing is IOException or SmtpProtocolException or SocketException)
        {
            // The message's fate is already known; a QUIT that fails changes nothing of it.
        }
    }
}
