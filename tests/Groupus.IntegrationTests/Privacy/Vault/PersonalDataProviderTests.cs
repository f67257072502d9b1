using Groupus.Contracts.Privacy;
using Groupus.Domain.Identity;
using Groupus.Domain.Sales.Marketing;
using Groupus.Infrastructure.Identity;
using Groupus.Infrastructure.Sales;
using Groupus.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.IntegrationTests.Privacy.Vault;

/// <summary>Each module's provider finds, exports and erases a person's records by subject; erasing again changes nothing.</summary>
public sealed class PersonalDataProviderTests
{
    [Fact]
    public async Task Visitors_and_accounts_find_and_export_the_subjects_records()
    {
        await using var server = await TestServer.StartAsync();
        var services = server.App.Services;
        var prospect = await SubjectSeeds.ProspectAsync(services, "Finn Found", "Found Ltd", "finn@example.com", "Quote please", "Called back");
        var visit = await SubjectSeeds.VisitAsync(services, "Finn Found", "Found Ltd", "Demo");
        await SubjectSeeds.SubscriptionAsync(services, "finn@example.com", "Finn");
        await SubjectSeeds.VisitAsync(services, "Someone Else", "Other Ltd", "Demo");
        var lookup = new SubjectLookup(prospect.DataSubjectId, [SubjectIdentifier.Email("finn@example.com")]);
        // A name at a company never joins a person: the visit is a subject of its own, a candidate the officer confirms.
        Assert.NotEqual(prospect.DataSubjectId, visit.DataSubjectId);
        var visitLookup = new SubjectLookup(visit.DataSubjectId, []);

        using var scope = services.CreateScope();
        var providers = scope.ServiceProvider.GetServices<IPersonalDataProvider>().ToDictionary(p => p.Module);
        var visitors = await providers["visitors"].FindAsync(visitLookup, CancellationToken.None);
        var sales = await providers["sales"].FindAsync(lookup, CancellationToken.None);
        var export = await providers["sales"].ExportAsync(lookup, CancellationToken.None);
        var visitExport = await providers["visitors"].ExportAsync(visitLookup, CancellationToken.None);

        Assert.Equal(1, Assert.Single(visitors).RecordCount);
        Assert.Equal(["MarketingSubscription", "Prospect"], sales.Select(h => h.RecordType).Order());
        Assert.Equal("finn@example.com", export.Records.Single(r => r.RecordType == "Prospect").Fields["WorkEmail"]);
        Assert.Equal("Demo", Assert.Single(visitExport.Records).Fields["Purpose"]);
        Assert.Empty(await providers["communications"].FindAsync(lookup, CancellationToken.None));
        Assert.Empty(await providers["fax"].FindAsync(lookup, CancellationToken.None));
    }

    [Fact]
    public async Task Erasure_deletes_prospects_and_visits_anonymises_subscription_and_account_and_is_idempotent()
    {
        await using var server = await TestServer.StartAsync();
        var services = server.App.Services;
        var prospect = await SubjectSeeds.ProspectAsync(services, "Erin Erased", "Gone Ltd", "erin@example.com", "Hello", "Note");
        var visit = await SubjectSeeds.VisitAsync(services, "Erin Erased", "Gone Ltd", "Meeting");
        var subscription = await SubjectSeeds.SubscriptionAsync(services, "erin@example.com", "Erin");
        var user = await SubjectSeeds.CustomerUserAsync(services, "erin", "Erin Erased", "erin@example.com");
        var lookup = new SubjectLookup(prospect.DataSubjectId, []);
        var instruction = new ErasureInstruction(Guid.CreateVersion7(), DateTime.UtcNow);

        var visitLookup = new SubjectLookup(visit.DataSubjectId, []);

        var first = await EraseEverywhereAsync(services, instruction, lookup, visitLookup);
        var second = await EraseEverywhereAsync(services, instruction, lookup, visitLookup);

        Assert.Equal(1, first.Single(o => o.RecordType == "Visit" && o.Category == Groupus.Domain.Common.PersonalDataCategory.Identification).RecordCount);
        Assert.Equal(1, first.Single(o => o.RecordType == "Prospect" && o.Category == Groupus.Domain.Common.PersonalDataCategory.Contact).RecordCount);
        Assert.Equal(1, first.Single(o => o.RecordType == "CustomerUser" && o.Category == Groupus.Domain.Common.PersonalDataCategory.Contact).RecordCount);
        Assert.Equal(first.Select(o => (o.Module, o.RecordType, o.Category, o.Action)), second.Select(o => (o.Module, o.RecordType, o.Category, o.Action)));
        Assert.All(second, o => Assert.Equal(0, o.RecordCount));

        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var kept = await scope.ServiceProvider.GetRequiredService<SalesDbContext>().Set<MarketingSubscription>().SingleAsync(s => s.Id == subscription.Id);
        Assert.Equal(("", null, MarketingSubscriptionStatus.Unsubscribed), (kept.Email, kept.Name, kept.Status));
        Assert.Equal(subscription.EmailIndex, kept.EmailIndex);
        Assert.All(kept.History, r => Assert.Null(r.Wording));
        var account = await db.CustomerUsers.IgnoreQueryFilters().SingleAsync(u => u.Id == user.Id);
        Assert.Equal((CustomerUser.ErasedDisplayName, "", (string?)null), (account.DisplayName, account.WorkEmail, account.WorkPhone));
        Assert.True(account.IsLockedOut(DateTime.UtcNow.AddYears(50)));
        Assert.Empty(await scope.ServiceProvider.GetServices<IPersonalDataProvider>().Single(p => p.Module == "identity").FindAsync(lookup, CancellationToken.None));
        Assert.Empty(await scope.ServiceProvider.GetServices<IPersonalDataProvider>().Single(p => p.Module == "sales").FindAsync(lookup, CancellationToken.None));
    }

    /// <summary>Every module erases every subject; the outcomes summed per module, record type, category and action.</summary>
    private static async Task<List<ErasureOutcome>> EraseEverywhereAsync(IServiceProvider services, ErasureInstruction instruction, params SubjectLookup[] lookups)
    {
        using var scope = services.CreateScope();
        var outcomes = new List<ErasureOutcome>();
        foreach (var provider in scope.ServiceProvider.GetServices<IPersonalDataProvider>())
        {
            foreach (var lookup in lookups)
            {
                outcomes.AddRange(await provider.EraseAsync(lookup, instruction, CancellationToken.None));
            }
        }

        return [.. outcomes
            .GroupBy(o => (o.Module, o.RecordType, o.Category, o.Action, o.LegalObligation))
            .Select(g => g.First() with { RecordCount = g.Sum(o => o.RecordCount) })];
    }
}
