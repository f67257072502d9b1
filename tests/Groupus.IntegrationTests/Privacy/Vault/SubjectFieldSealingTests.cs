using Groupus.Application.Privacy;
using Groupus.Domain.Sales.Prospects;
using Groupus.Infrastructure.Sales;
using Groupus.Infrastructure.Visitors;
using Groupus.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.IntegrationTests.Privacy.Vault;

/// <summary>Personal text of subject-keyed records is sealed in the database file and plaintext in the domain.</summary>
public sealed class SubjectFieldSealingTests
{
    [Fact]
    public async Task A_visit_and_a_prospect_round_trip_as_plaintext_and_are_stored_sealed()
    {
        await using var server = await TestServer.StartAsync();
        var visit = await SubjectSeeds.VisitAsync(server.App.Services, "Sealed Visitor Name", "Sealed Company", "Sealed purpose");
        var prospect = await SubjectSeeds.ProspectAsync(server.App.Services, "Sealed Contact", "Sealed Co", "sealed@example.com", "Sealed enquiry", "Sealed note");

        var stored = await DatabaseSnapshot.TakeAsync(server.DatabaseFile, "visitors_visits", "accounts_prospects", "accounts_prospect_follow_ups");
        Assert.DoesNotContain("Sealed", stored, StringComparison.Ordinal);
        Assert.Contains("gp1:", stored, StringComparison.Ordinal);

        using var scope = server.App.Services.CreateScope();
        var visits = scope.ServiceProvider.GetRequiredService<VisitorsDbContext>();
        var loaded = await visits.Visits.SingleAsync(v => v.Id == visit.Id);
        Assert.Equal(("Sealed Visitor Name", "Sealed Company", "Sealed purpose"), (loaded.VisitorName, loaded.Company, loaded.Purpose));
        var accounts = scope.ServiceProvider.GetRequiredService<SalesDbContext>();
        var loadedProspect = await accounts.Set<Prospect>().SingleAsync(p => p.Id == prospect.Id);
        Assert.Equal("sealed@example.com", loadedProspect.Contact.WorkEmail);
        Assert.Equal("Sealed note", loadedProspect.FollowUps.Single().Note);
        var untracked = await accounts.Set<Prospect>().AsNoTracking().SingleAsync(p => p.Id == prospect.Id);
        Assert.Equal("Sealed enquiry", untracked.Enquiry);
    }

    [Fact]
    public async Task Loading_then_saving_an_unchanged_record_writes_nothing()
    {
        await using var server = await TestServer.StartAsync();
        var visit = await SubjectSeeds.VisitAsync(server.App.Services, "Unchanged Visitor", "Unchanged Ltd", "Unchanged");
        var prospect = await SubjectSeeds.ProspectAsync(server.App.Services, "Unchanged Contact", "Unchanged Co", "unchanged@example.com", "Hello", "Note");
        var before = await DatabaseSnapshot.TakeAsync(server.DatabaseFile, "visitors_visits", "accounts_prospects", "accounts_prospect_follow_ups");

        using var scope = server.App.Services.CreateScope();
        var visits = scope.ServiceProvider.GetRequiredService<VisitorsDbContext>();
        await visits.Visits.SingleAsync(v => v.Id == visit.Id);
        var accounts = scope.ServiceProvider.GetRequiredService<SalesDbContext>();
        await accounts.Set<Prospect>().SingleAsync(p => p.Id == prospect.Id);
        visits.ChangeTracker.DetectChanges();
        accounts.ChangeTracker.DetectChanges();

        Assert.All(visits.ChangeTracker.Entries().Concat(accounts.ChangeTracker.Entries()), entry => Assert.Equal(EntityState.Unchanged, entry.State));
        Assert.Equal(0, await visits.SaveChangesAsync());
        Assert.Equal(0, await accounts.SaveChangesAsync());
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(server.DatabaseFile, "visitors_visits", "accounts_prospects", "accounts_prospect_follow_ups"));
    }

    [Fact]
    public async Task A_changed_field_is_sealed_again_and_the_others_are_not_rewritten()
    {
        await using var server = await TestServer.StartAsync();
        var visit = await SubjectSeeds.VisitAsync(server.App.Services, "Changing Visitor", "Changing Ltd", "First purpose");
        var companyBefore = await ColumnAsync(server, visit.Id, "Company");

        using (var scope = server.App.Services.CreateScope())
        {
            var visits = scope.ServiceProvider.GetRequiredService<VisitorsDbContext>();
            var loaded = await visits.Visits.SingleAsync(v => v.Id == visit.Id);
            loaded.CorrectVisitorDetails(null, null, "Second purpose");
            await visits.SaveChangesAsync();
            Assert.Equal("Second purpose", loaded.Purpose);
            Assert.Equal(EntityState.Unchanged, visits.Entry(loaded).State);
        }

        Assert.Equal(companyBefore, await ColumnAsync(server, visit.Id, "Company"));
        using var check = server.App.Services.CreateScope();
        Assert.Equal("Second purpose", (await check.ServiceProvider.GetRequiredService<VisitorsDbContext>().Visits.SingleAsync(v => v.Id == visit.Id)).Purpose);
    }

    [Fact]
    public async Task After_the_subject_key_is_destroyed_the_fields_read_as_the_erased_placeholder()
    {
        await using var server = await TestServer.StartAsync();
        var visit = await SubjectSeeds.VisitAsync(server.App.Services, "Soon Gone", "Gone Ltd", "Gone purpose");

        await server.App.Services.GetRequiredService<ISubjectKeyVault>().DestroyAsync(visit.DataSubjectId, CancellationToken.None);

        using var scope = server.App.Services.CreateScope();
        var loaded = await scope.ServiceProvider.GetRequiredService<VisitorsDbContext>().Visits.AsNoTracking().SingleAsync(v => v.Id == visit.Id);
        Assert.Equal(("[erased]", "[erased]", "[erased]"), (loaded.VisitorName, loaded.Company, loaded.Purpose));
        Assert.Equal("Host Person", loaded.HostDisplayName);
    }

    private static Task<string> ColumnAsync(TestServer server, Guid visitId, string column) =>
        ScalarAsync(server.DatabaseFile, $"SELECT {column} FROM visitors_visits WHERE Id = '{visitId.ToString().ToUpperInvariant()}'");

    private static async Task<string> ScalarAsync(string file, string sql)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
