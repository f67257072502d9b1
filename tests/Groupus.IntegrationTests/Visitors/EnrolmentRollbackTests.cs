using Groupus.Api.Grpc.Visitors.V1;
using Groupus.Application.Visitors;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Visitors;
using Visit = Groupus.Domain.Visitors.Visit;
using Groupus.IntegrationTests.Support;
using Grpc.Core;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.IntegrationTests.Visitors;

/// <summary>
/// A walk-in is enrolled in the privacy vault (its own file, outside the database transaction) before its visit is
/// saved. When the database then refuses the sign-in at commit, the enrolment is undone: no subject, no key.
/// </summary>
public sealed class EnrolmentRollbackTests
{
    [Fact]
    public async Task A_walk_in_refused_at_commit_leaves_no_enrolled_subject_and_no_key_behind()
    {
        // The badge check passes as it would for two sign-ins racing: the database's unique badge index refuses the second.
        await using var server = await TestServer.StartWithAsync(services => services.Decorate<IVisitRepository>((inner, _) => new BadgeCheckPassed(inner)));
        var reception = await server.StaffAsync("rita", "reception");
        await reception.Visitors.SignInVisitorAsync(WalkIn("Ada Lovelace", "Engines Ltd"), reception.Headers);
        var keysBefore = await SubjectKeysAsync(server);

        var refused = await Assert.ThrowsAsync<RpcException>(async () =>
            await reception.Visitors.SignInVisitorAsync(WalkIn("Grace Hopper", "Compilers plc"), reception.Headers));

        Assert.Equal(StatusCode.AlreadyExists, refused.StatusCode);
        using var scope = server.App.Services.CreateScope();
        var registry = scope.ServiceProvider.GetRequiredService<IDataSubjectRegistry>();
        Assert.Empty(await registry.FindAsync(SubjectIdentifier.NameAndCompany("Grace Hopper", "Compilers plc"), CancellationToken.None));
        Assert.Single(await registry.FindAsync(SubjectIdentifier.NameAndCompany("Ada Lovelace", "Engines Ltd"), CancellationToken.None));
        Assert.Equal(keysBefore, await SubjectKeysAsync(server));
    }

    private static SignInVisitorRequest WalkIn(string name, string company) =>
        new() { VisitorName = name, Company = company, Purpose = "Interview", HostUsername = "rita", BadgeNumber = "V-42" };

    private static async Task<long> SubjectKeysAsync(TestServer server)
    {
        await using var vault = new SqliteConnection($"Data Source={Path.Combine(server.DataDirectory, "privacy-vault.db")};Mode=ReadOnly;Pooling=False");
        await vault.OpenAsync();
        await using var count = vault.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM subject_keys";
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private sealed class BadgeCheckPassed(IVisitRepository inner) : IVisitRepository
    {
        public Task<Visit?> GetAsync(Guid id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);

        public Task<Visit?> FindOnSiteByBadgeAsync(string badgeNumber, CancellationToken cancellationToken) => inner.FindOnSiteByBadgeAsync(badgeNumber, cancellationToken);

        public Task<bool> IsBadgeWornAsync(string badgeNumber, CancellationToken cancellationToken) => Task.FromResult(false);

        public Task<IReadOnlyList<Visit>> ListDueForAnonymisationAsync(DateTime cutOffUtc, IReadOnlySet<Guid> heldSubjects, int batchSize, CancellationToken cancellationToken) =>
            inner.ListDueForAnonymisationAsync(cutOffUtc, heldSubjects, batchSize, cancellationToken);

        public void Add(Visit visit) => inner.Add(visit);

        public void AddRetentionRun(VisitRetentionRun run) => inner.AddRetentionRun(run);
    }
}
