using System.Text;
using Groupus.Application.Common.Content;
using Groupus.Application.Privacy;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Sales.Prospects;
using Groupus.Infrastructure.Sales;
using Groupus.Infrastructure.Visitors;
using Groupus.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.IntegrationTests.Privacy.Vault;

/// <summary>
/// The canary test: a copy of the database and content store taken before an erasure yields nothing of the
/// erased person afterwards, and every other person's data still opens from the live files.
/// </summary>
public sealed class ErasureCanaryTests
{
    [Fact]
    public async Task After_erasure_neither_the_live_files_nor_an_earlier_copy_hold_the_subjects_canaries()
    {
        await using var server = await TestServer.StartAsync();
        var services = server.App.Services;
        var people = new[] { "ALPHA", "BRAVO", "CHARLIE" }.Select(tag => new Person(tag)).ToList();
        foreach (var person in people)
        {
            await person.SeedAsync(services);
        }

        var victim = people[0];
        var backup = Path.Combine(server.DataDirectory, "..", Path.GetFileName(server.DataDirectory) + "-backup");
        DataDirectoryCopy.DatabaseAndContent(server.DataDirectory, backup);

        // The person and their visit (a subject of its own: a name at a company never joins anyone), as confirmed.
        SubjectLookup[] lookups = [new(victim.SubjectId, [SubjectIdentifier.Email(victim.Email)]), new(victim.VisitSubjectId, [])];
        using (var scope = services.CreateScope())
        {
            foreach (var provider in scope.ServiceProvider.GetServices<IPersonalDataProvider>())
            {
                foreach (var lookup in lookups)
                {
                    await provider.EraseAsync(lookup, new ErasureInstruction(Guid.CreateVersion7(), DateTime.UtcNow), CancellationToken.None);
                }
            }
        }

        foreach (var lookup in lookups)
        {
            await services.GetRequiredService<ISubjectKeyVault>().DestroyAsync(lookup.SubjectId, CancellationToken.None);
        }

        var found = ByteScan.FindText([server.DataDirectory, backup], victim.Canaries);
        Assert.Empty(found);
        Assert.Null(await services.GetRequiredService<IContentStore>().GetAsync(victim.BlobId, CancellationToken.None));
        foreach (var other in people.Skip(1))
        {
            await other.AssertStillReadableAsync(services);
        }
    }

    private sealed class Person(string tag)
    {
        public string Name => $"Canary{tag} Person";

        public string Company => $"Canary{tag} Widgets";

        public string Email => $"canary.{tag.ToLowerInvariant()}@example.com";

        public string Enquiry => $"Canary{tag}-enquiry text";

        public string Note => $"Canary{tag}-follow-up note";

        public string Purpose => $"Canary{tag}-visit purpose";

        public string Blob => $"Canary{tag}-fax page content";

        public string[] Canaries => [Name, Company, Email, Enquiry, Note, Purpose, Blob, $"Canary{tag}-subscriber", $"Canary{tag} User"];

        public Guid SubjectId { get; private set; }

        public Guid VisitSubjectId { get; private set; }

        public Guid BlobId { get; private set; }

        private Guid ProspectId { get; set; }

        private Guid VisitId { get; set; }

        public async Task SeedAsync(IServiceProvider services)
        {
            var prospect = await SubjectSeeds.ProspectAsync(services, Name, Company, Email, Enquiry, Note);
            var visit = await SubjectSeeds.VisitAsync(services, Name, Company, Purpose);
            var subscription = await SubjectSeeds.SubscriptionAsync(services, Email, $"Canary{tag}-subscriber");
            var user = await SubjectSeeds.CustomerUserAsync(services, $"canary-{tag.ToLowerInvariant()}", $"Canary{tag} User", Email);
            Assert.NotEqual(prospect.DataSubjectId, visit.DataSubjectId);
            VisitSubjectId = visit.DataSubjectId;
            Assert.Equal(prospect.DataSubjectId, subscription.DataSubjectId);
            Assert.Equal(prospect.DataSubjectId, user.DataSubjectId);
            SubjectId = prospect.DataSubjectId;
            ProspectId = prospect.Id;
            VisitId = visit.Id;
            BlobId = await services.GetRequiredService<IContentStore>().PutAsync(Encoding.UTF8.GetBytes(Blob), SubjectId, CancellationToken.None);
        }

        public async Task AssertStillReadableAsync(IServiceProvider services)
        {
            using var scope = services.CreateScope();
            var prospect = await scope.ServiceProvider.GetRequiredService<SalesDbContext>().Set<Prospect>().AsNoTracking().SingleAsync(p => p.Id == ProspectId);
            Assert.Equal((Name, Company, Email, Enquiry), (prospect.Contact.ContactName, prospect.Contact.Company, prospect.Contact.WorkEmail, prospect.Enquiry));
            Assert.Equal(Note, prospect.FollowUps.Single().Note);
            var visit = await scope.ServiceProvider.GetRequiredService<VisitorsDbContext>().Visits.AsNoTracking().SingleAsync(v => v.Id == VisitId);
            Assert.Equal((Name, Company, Purpose), (visit.VisitorName, visit.Company, visit.Purpose));
            var blob = await services.GetRequiredService<IContentStore>().GetAsync(BlobId, CancellationToken.None);
            Assert.Equal(Blob, Encoding.UTF8.GetString(blob!));
        }
    }
}
