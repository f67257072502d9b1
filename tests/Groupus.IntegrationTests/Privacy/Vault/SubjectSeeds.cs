using Groupus.Contracts.Privacy;
using Groupus.Domain.Identity;
using Groupus.Domain.Sales.Marketing;
using Groupus.Domain.Sales.Prospects;
using Groupus.Domain.Visitors;
using Groupus.Infrastructure.Identity;
using Groupus.Infrastructure.Sales;
using Groupus.Infrastructure.Visitors;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.IntegrationTests.Privacy.Vault;

/// <summary>Records about people written through the modules' own contexts, each enrolled in the register as the handlers do.</summary>
internal static class SubjectSeeds
{
    private static readonly DateTime Now = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);

    public static async Task<Visit> VisitAsync(IServiceProvider services, string name, string company, string purpose)
    {
        using var scope = services.CreateScope();
        var visit = Visit.PreRegister(name, company, purpose, new VisitHost(Guid.CreateVersion7(), "host", "Host Person"), Now.AddDays(1), Now);
        // Signed in, so the arrival goes through the outbox to a notification for the host: neither may keep the name.
        visit.SignIn(purpose, "B-" + Random.Shared.Next(100_000, 999_999), Now.AddDays(1));
        visit.LinkDataSubject(await scope.ServiceProvider.GetRequiredService<IDataSubjectRegistry>()
            .EnrolAsync([SubjectIdentifier.NameAndCompany(name, company)], CancellationToken.None));
        var db = scope.ServiceProvider.GetRequiredService<VisitorsDbContext>();
        db.Visits.Add(visit);
        await db.SaveChangesAsync();
        return visit;
    }

    public static async Task<Prospect> ProspectAsync(IServiceProvider services, string name, string company, string email, string enquiry, string note)
    {
        using var scope = services.CreateScope();
        var contact = new ProspectContact(company, name, email, "+442079460000", "GB", "Engines " + company, null, 12, null);
        var prospect = Prospect.Receive(EnquiryKind.Enquiry, EnquirySource.WebsiteForm, contact, enquiry, null, Now);
        prospect.FollowUp(ProspectStatus.Contacted, note, null, Guid.CreateVersion7(), Now);
        prospect.LinkDataSubject(await scope.ServiceProvider.GetRequiredService<IDataSubjectRegistry>().EnrolAsync(
            [SubjectIdentifier.Email(email), SubjectIdentifier.NameAndCompany(name, company)], CancellationToken.None));
        var db = scope.ServiceProvider.GetRequiredService<SalesDbContext>();
        db.Add(prospect);
        await db.SaveChangesAsync();
        return prospect;
    }

    public static async Task<MarketingSubscription> SubscriptionAsync(IServiceProvider services, string email, string name)
    {
        using var scope = services.CreateScope();
        var index = scope.ServiceProvider.GetRequiredService<IBlindIndex>().Of(SubjectIdentifier.Email(email));
        var subscription = MarketingSubscription.Subscribe(email, name, ConsentMethod.WebForm, "2026-01", "Send me news", null, Now, index);
        subscription.LinkDataSubject(await scope.ServiceProvider.GetRequiredService<IDataSubjectRegistry>()
            .EnrolAsync([SubjectIdentifier.Email(email)], CancellationToken.None));
        var db = scope.ServiceProvider.GetRequiredService<SalesDbContext>();
        db.Add(subscription);
        await db.SaveChangesAsync();
        return subscription;
    }

    public static async Task<CustomerUser> CustomerUserAsync(IServiceProvider services, string username, string displayName, string email)
    {
        using var scope = services.CreateScope();
        var user = CustomerUser.Register(Guid.CreateVersion7(), username, displayName, email, "+442079460001", Groupus.Domain.Common.OrganisationRole.Member, "not-a-real-hash", Now);
        user.LinkDataSubject(await scope.ServiceProvider.GetRequiredService<IDataSubjectRegistry>().EnrolAsync(
            [SubjectIdentifier.CustomerUser(user.Id), SubjectIdentifier.Email(email)], CancellationToken.None));
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        db.CustomerUsers.Add(user);
        await db.SaveChangesAsync();
        return user;
    }
}
