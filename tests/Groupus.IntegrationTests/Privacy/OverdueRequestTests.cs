using Google.Protobuf.WellKnownTypes;
using Groupus.Api.Grpc.Privacy.V1;
using Groupus.IntegrationTests.Support;

namespace Groupus.IntegrationTests.Privacy;

/// <summary>
/// A request whose due date passed unanswered stays overdue until it is answered: waiting for the subject or an
/// extension granted afterwards does not put it back on time. Both dates are shown: the statutory one from receipt,
/// and the one in force.
/// </summary>
public sealed class OverdueRequestTests
{
    [Fact]
    public async Task Pausing_or_extending_an_overdue_request_leaves_it_overdue_in_the_list_and_the_cli()
    {
        await using var world = await RequestWorld.StartAsync();
        var today = DateTime.UtcNow.Date;
        var received = Timestamp.FromDateTime(DateTime.SpecifyKind(today.AddDays(-50), DateTimeKind.Utc));
        var paused = await CreateOverdueAsync(world, "olga.overdue@example.com", "+447700900051", received);
        var extended = await CreateOverdueAsync(world, "otto.overdue@example.com", "+447700900052", received);
        Assert.Equal(DeadlineStanding.Overdue, paused.Standing);

        var afterPause = await world.Privacy.PauseRequestAsync(new PauseRequestRequest { RequestId = paused.Id, Reason = "asked for proof of address" }, world.Officer.Headers);
        var afterExtension = await world.Privacy.ExtendRequestAsync(new ExtendRequestRequest { RequestId = extended.Id, Days = 30, Reason = "complex request" }, world.Officer.Headers);

        Assert.Equal(DeadlineStanding.Overdue, afterPause.Standing);
        Assert.Equal(DeadlineStanding.Overdue, afterExtension.Standing);
        Assert.Equal(-5, afterExtension.DaysRemaining);
        Assert.Equal(today.AddDays(-5), afterExtension.StatutoryDueAt.ToDateTime().Date);
        Assert.Equal(today.AddDays(-5), afterExtension.MissedDueAt.ToDateTime().Date);
        Assert.Equal(today.AddDays(25), afterExtension.DueAt.ToDateTime().Date);
        var overdue = await world.Privacy.ListRequestsAsync(new ListRequestsRequest { Standing = DeadlineStanding.Overdue }, world.Officer.Headers);
        Assert.Equal([paused.Id, extended.Id], overdue.Requests.Select(r => r.Id).Order());
        var dueSoon = await world.Privacy.ListRequestsAsync(new ListRequestsRequest { Standing = DeadlineStanding.DueSoon }, world.Officer.Headers);
        var due = await world.Privacy.ListRequestsAsync(new ListRequestsRequest { Standing = DeadlineStanding.Due }, world.Officer.Headers);
        Assert.Empty(dueSoon.Requests);
        Assert.Empty(due.Requests);

        var cli = new CliProcess(world.Server.Address);
        var login = await cli.RunAsync($"{TestServer.StrongPassword}\n", "login", "--username", "priya", "--password-stdin");
        Assert.True(login.ExitCode == 0, login.ToString());
        var listed = await cli.RunAsync(null, "privacy", "requests", "list", "--overdue");
        Assert.True(listed.ExitCode == 0, listed.ToString());
        Assert.Contains(paused.Id, listed.Output, StringComparison.Ordinal);
        Assert.Contains(extended.Id, listed.Output, StringComparison.Ordinal);
        var shown = await cli.RunAsync(null, "privacy", "requests", "show", paused.Id);
        Assert.Contains("OVERDUE", shown.Output, StringComparison.Ordinal);
        Assert.Contains("Statutory due date", shown.Output, StringComparison.Ordinal);
        Assert.Contains("Missed due date", shown.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_paused_before_its_due_date_is_not_overdue_while_the_clock_stands_still()
    {
        await using var world = await RequestWorld.StartAsync();
        var received = Timestamp.FromDateTime(DateTime.SpecifyKind(DateTime.UtcNow.Date.AddDays(-40), DateTimeKind.Utc));
        var request = await CreateOverdueAsync(world, "paula.paused@example.com", "+447700900053", received);

        var waiting = await world.Privacy.PauseRequestAsync(new PauseRequestRequest { RequestId = request.Id, Reason = "asked for proof of address" }, world.Officer.Headers);

        Assert.NotEqual(DeadlineStanding.Overdue, waiting.Standing);
        Assert.Null(waiting.MissedDueAt);
        Assert.Empty((await world.Privacy.ListRequestsAsync(new ListRequestsRequest { Standing = DeadlineStanding.Overdue }, world.Officer.Headers)).Requests);
    }

    private static async Task<DataSubjectRequest> CreateOverdueAsync(RequestWorld world, string email, string phone, Timestamp received)
    {
        var subject = await world.EnrolAsync(email, phone);
        var created = await world.Privacy.CreateRequestAsync(
            new CreateRequestRequest { SubjectId = subject.ToString(), Type = RequestType.Access, Channel = "letter", ReceivedAt = received, NamedAs = new SubjectQuery { Email = email } },
            world.Officer.Headers);
        return created.Request;
    }
}
