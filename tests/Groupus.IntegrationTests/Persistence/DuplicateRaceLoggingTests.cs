using Groupus.Application.Common.Persistence;
using Groupus.Application.Common.Results;
using Groupus.Application.Visitors;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Visitors;
using Groupus.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.IntegrationTests.Persistence;

/// <summary>
/// Two requests that pass the same uniqueness check and race to commit: the loser's unique-constraint violation is an
/// expected answer (ALREADY_EXISTS), so it is not logged as a failure with a stack trace.
/// </summary>
public sealed class DuplicateRaceLoggingTests
{
    [Fact]
    public async Task The_loser_of_a_duplicate_key_race_gets_already_exists_and_no_failure_is_logged()
    {
        await using var server = await TestServer.StartAsync();
        var host = new VisitHost(Guid.NewGuid(), "rita", "Rita Reception");
        using var first = server.App.Services.CreateScope();
        using var second = server.App.Services.CreateScope();
        // Both checked that badge 42 was free before either committed.
        await SignInAsync(first.ServiceProvider, "Ada", host);
        await SignInAsync(second.ServiceProvider, "Grace", host);

        var winner = await first.ServiceProvider.GetRequiredService<IUnitOfWork>().CommitAsync(CancellationToken.None);
        var loser = await second.ServiceProvider.GetRequiredService<IUnitOfWork>().CommitAsync(CancellationToken.None);

        Assert.True(winner.IsSuccess);
        Assert.Equal(ErrorKind.AlreadyExists, loser.Error?.Kind);
        var failures = server.Logs.Lines.Where(line => line.Contains("UNIQUE constraint failed", StringComparison.Ordinal)).ToList();
        Assert.True(failures.Count == 0, $"Logged as a failure:\n{string.Join("\n", failures)}");
    }

    private static async Task SignInAsync(IServiceProvider scope, string name, VisitHost host)
    {
        var visit = Visit.SignInWalkIn(name, null, "Meeting", host, "42", DateTime.UtcNow);
        visit.LinkDataSubject(await scope.GetRequiredService<IDataSubjectRegistry>().EnrolAsync([SubjectIdentifier.NameAndCompany(name, null)], CancellationToken.None));
        scope.GetRequiredService<IVisitRepository>().Add(visit);
    }
}
