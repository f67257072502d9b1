using Groupus.Api.Grpc.Communications.V1;
using Groupus.Api.Grpc.Visitors.V1;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Communications;

/// <summary>A visitor signed in through the real server: the host's e-mail reaches the real SMTP server, sent by the worker's own loop.</summary>
public sealed class HostArrivalMailTests
{
    [Fact]
    public async Task A_visitors_host_is_e_mailed_and_the_mail_status_shows_it_delivered()
    {
        await using var world = await MailWorld.StartAsync(await ScriptedSmtpServer.StartAsync(), "Communications:Mail:PollInterval=00:00:00.200");
        var reception = await world.Server.StaffAsync("rita", "reception");
        var admin = await world.Server.AdminAsync();

        await reception.Visitors.SignInVisitorAsync(
            new SignInVisitorRequest { VisitorName = "Ada Lovelace", Company = "Engines", Purpose = "Meeting", HostUsername = "rita", BadgeNumber = "7" },
            reception.Headers);

        var received = Assert.Single(await Eventually.ValueAsync(() => Task.FromResult(world.Smtp.Received()), r => r.Count > 0));
        Assert.Equal(["rita@groupus.test"], received.Recipients);
        Assert.Equal("Your visitor has arrived", received.Subject);
        var mail = new MailService.MailServiceClient(world.Server.Channel);
        var page = await Eventually.ValueAsync(
            async () => await mail.ListMailAsync(new ListMailRequest { Status = MailStatus.Delivered }, admin.Headers),
            p => p.Mail.Count == 1);
        var delivered = page.Mail[0];
        Assert.Equal(received.MessageId, $"<{delivered.MessageId}>");
        Assert.Equal("notification", delivered.Source);
        Assert.Equal(("accepted", 250), (delivered.Recipients[0].Outcome, delivered.Recipients[0].ReplyCode));
        Assert.Equal(delivered.Id, (await mail.ListMailAsync(new ListMailRequest { MailId = delivered.Id }, admin.Headers)).Mail.Single().Id);
        Assert.Empty((await mail.ListMailAsync(new ListMailRequest { Status = MailStatus.Failed }, admin.Headers)).Mail);
        Assert.DoesNotContain(world.Server.Logs.Lines, line => line.Contains("rita@", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Mail_status_refuses_a_malformed_id_and_a_caller_without_the_role()
    {
        await using var world = await MailWorld.StartAsync(await ScriptedSmtpServer.StartAsync());
        var admin = await world.Server.AdminAsync();
        var reception = await world.Server.StaffAsync("rita", "reception");
        var mail = new MailService.MailServiceClient(world.Server.Channel);

        var malformed = await RpcFailure.Of(() => mail.ListMailAsync(new ListMailRequest { MailId = "not-an-id", PageSize = 100000 }, admin.Headers));
        Assert.Equal(StatusCode.InvalidArgument, malformed.StatusCode);
        Assert.Contains("mail_id", malformed.Violations.Keys);
        Assert.Contains("page_size", malformed.Violations.Keys);

        var forbidden = await RpcFailure.Of(() => mail.ListMailAsync(new ListMailRequest(), reception.Headers));
        Assert.Equal(StatusCode.PermissionDenied, forbidden.StatusCode);
    }
}
