using System.Data.Common;
using Groupus.Application.Common.Persistence;
using Groupus.Application.Common.Results;
using Groupus.Application.Visitors;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Visitors;
using Groupus.Infrastructure.Visitors;
using Groupus.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
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

    [Fact]
    public async Task An_unexpected_database_failure_is_still_logged_once_with_its_stack_trace()
    {
        await using var server = await TestServer.StartAsync();
        using var scope = server.App.Services.CreateScope();
        var visitors = scope.ServiceProvider.GetRequiredService<VisitorsDbContext>();

        await Assert.ThrowsAnyAsync<DbException>(() => visitors.Database.ExecuteSqlRawAsync("UPDATE no_such_table SET x = 1"));

        var logged = server.Logs.Lines.Where(line => line.Contains("no such table", StringComparison.Ordinal)).ToList();
        var line = Assert.Single(logged);
        Assert.StartsWith("Error ", line, StringComparison.Ordinal);
        Assert.Contains("   at ", line, StringComparison.Ordinal);
    }

    private static async Task SignInAsync(IServiceProvider scope, string name, VisitHost host)
    {
        var visit = Visit.SignInWalkIn(name, null, "Meeting", host, "42", DateTime.UtcNow);
        visit.LinkDataSubject(await scope.GetRequiredService<IDataSubjectRegistry>().EnrolAsync([SubjectIdentifier.NameAndCompany(name, null)], CancellationToken.None));
        scope.GetRequiredService<IVisitRepository>().Add(visit);
    }
}
