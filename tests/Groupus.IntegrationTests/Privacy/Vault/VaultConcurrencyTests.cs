using Groupus.Application.Privacy;
using Groupus.Contracts.Privacy;
using Groupus.Infrastructure.Persistence.Subjects;
using Groupus.Infrastructure.Privacy.Vault;
using Groupus.IntegrationTests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.IntegrationTests.Privacy.Vault;

/// <summary>The vault under many writers at once: grouped into few commits, and consistent afterwards.</summary>
public sealed class VaultConcurrencyTests
{
    private const int People = 20;
    private const int Enrolments = 60;

    [Fact]
    public async Task Enrolments_and_a_destruction_waiting_on_the_vault_commit_together_and_leave_it_consistent()
    {
        await using var server = await TestServer.StartAsync();
        var services = server.App.Services;
        var register = services.GetRequiredService<IDataSubjectRegistry>();
        var vault = services.GetRequiredService<ISubjectKeyVault>();
        var keys = services.GetRequiredService<ISubjectKeys>();
        var erased = await register.EnrolAsync([SubjectIdentifier.Email("leaving@example.com")], CancellationToken.None);
        var file = Path.Combine(server.DataDirectory, "privacy-vault.db");
        var vaultDatabase = services.GetRequiredService<VaultDatabase>();
        var commitsBefore = vaultDatabase.Commits;

        Task<Guid>[] enrolments;
        Task destruction;
        await using (var holder = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            // Another node holds the vault's write lock: every write of ours waits for it.
            await holder.OpenAsync();
            await using var held = holder.BeginTransaction(deferred: false);
            enrolments = [.. Enumerable.Range(0, Enrolments).Select(i =>
                Task.Run(() => register.EnrolAsync([SubjectIdentifier.Email($"person{i % People}@example.com")], CancellationToken.None)))];
            destruction = Task.Run(() => vault.DestroyAsync(erased, CancellationToken.None));
            await Task.Delay(TimeSpan.FromSeconds(2));
            held.Rollback();
        }

        var subjects = await Task.WhenAll(enrolments);
        await destruction;

        for (var person = 0; person < People; person++)
        {
            var found = await register.FindAsync(SubjectIdentifier.Email($"person{person}@example.com"), CancellationToken.None);
            var expected = Assert.Single(found);
            Assert.All(Enumerable.Range(0, Enrolments).Where(i => i % People == person), i => Assert.Equal(expected, subjects[i]));
            Assert.Equal(32, keys.Find(expected)!.Length);
        }

        Assert.Equal(People, subjects.Distinct().Count());
        Assert.Null(keys.Find(erased));
        Assert.Equal(SubjectKeyState.Erased, await vault.StateOfAsync(erased, CancellationToken.None));
        Assert.Empty(await register.FindAsync(SubjectIdentifier.Email("leaving@example.com"), CancellationToken.None));

        // 61 writes queued behind the lock share a handful of commits (each a flush of the log), rather than one commit each.
        var commits = vaultDatabase.Commits - commitsBefore;
        Assert.InRange(commits, 1, 10);
    }
}
