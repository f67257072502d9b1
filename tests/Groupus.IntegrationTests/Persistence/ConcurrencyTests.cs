using Groupus.Api.Grpc.Visitors.V1;
using Groupus.Application.Common.Persistence;
using Groupus.Application.Common.Results;
using Groupus.Application.Visitors;
using Groupus.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.IntegrationTests.Persistence;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Two_receptionists_signing_out_the_same_visitor_at_once_cannot_both_win()
    {
        await using var server = await TestServer.StartAsync();
        var reception = await server.StaffAsync("rita", "reception");
        var visit = await reception.Visitors.SignInVisitorAsync(
            new SignInVisitorRequest { VisitorName = "Ada", Purpose = "Meeting", HostUsername = "rita", BadgeNumber = "7" }, reception.Headers);
        var id = Guid.Parse(visit.Id);

        using var first = server.App.Services.CreateScope();
        using var second = server.App.Services.CreateScope();
        var firstCopy = await first.ServiceProvider.GetRequiredService<IVisitRepository>().GetAsync(id, CancellationToken.None);
        var secondCopy = await second.ServiceProvider.GetRequiredService<IVisitRepository>().GetAsync(id, CancellationToken.None);
        firstCopy!.SignOut(DateTime.UtcNow);
        secondCopy!.SignOut(DateTime.UtcNow.AddSeconds(1));

        var firstCommit = await first.ServiceProvider.GetRequiredService<IUnitOfWork>().CommitAsync(CancellationToken.None);
        var secondCommit = await second.ServiceProvider.GetRequiredService<IUnitOfWork>().CommitAsync(CancellationToken.None);

        Assert.True(firstCommit.IsSuccess);
        Assert.Equal(ErrorKind.Concurrency, secondCommit.Error?.Kind);
        var stored = await reception.Visitors.SearchVisitHistoryAsync(new SearchVisitHistoryRequest
        {
            From = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTime(DateTime.UtcNow.AddHours(-1)),
            To = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTime(DateTime.UtcNow.AddHours(1)),
        }, reception.Headers);
        Assert.Equal(firstCopy.SignedOutAtUtc, stored.Visits.Single().SignedOutAt.ToDateTime());
    }
}
