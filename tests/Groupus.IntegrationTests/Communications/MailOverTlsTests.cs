using Groupus.Domain.Communications.Mail;

namespace Groupus.IntegrationTests.Communications;

/// <summary>STARTTLS against the real SMTP server, with a certificate the test generated.</summary>
public sealed class MailOverTlsTests
{
    [Fact]
    public async Task Mail_goes_over_starttls_to_a_server_whose_certificate_is_the_trusted_one()
    {
        var certificate = TestCertificate.Create();
        await using var world = await MailWorld.StartAsync(
            await ScriptedSmtpServer.StartAsync(tls: (certificate.CertificateFile, certificate.KeyFile)),
            "Communications:Mail:Security=StartTlsRequired",
            $"Communications:Mail:TrustedCertificateSha256={certificate.Sha256}");
        var id = await world.QueueNotificationAsync("rita@groupus.test");

        Assert.Equal(1, await world.DeliverDueAsync());

        Assert.Equal(MailStatus.Delivered, (await world.DeliveryAsync(id)).Status);
        Assert.True(Assert.Single(world.Smtp.Received()).OverTls);
    }

    [Fact]
    public async Task A_server_with_another_certificate_is_sent_nothing_and_the_attempt_is_deferred()
    {
        var served = TestCertificate.Create();
        var trusted = TestCertificate.Create();
        await using var world = await MailWorld.StartAsync(
            await ScriptedSmtpServer.StartAsync(tls: (served.CertificateFile, served.KeyFile)),
            "Communications:Mail:Security=StartTlsRequired",
            $"Communications:Mail:TrustedCertificateSha256={trusted.Sha256}");
        var id = await world.QueueNotificationAsync("rita@groupus.test");

        Assert.Equal(1, await world.DeliverDueAsync());

        var deferred = await world.DeliveryAsync(id);
        Assert.Equal(MailStatus.Pending, deferred.Status);
        Assert.Equal(MailAttemptOutcome.Deferred, Assert.Single(deferred.Attempts).Outcome);
        Assert.Empty(world.Smtp.Received());
    }
}
