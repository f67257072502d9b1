using Groupus.Benchmarks;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Identity;
using Groupus.Domain.Common;
using Groupus.Domain.Sales.Marketing;
using Groupus.Domain.Sales.Prospects;
using Groupus.Domain.Visitors;
using Groupus.Infrastructure.Identity;
using Groupus.Infrastructure.Sales;
using Groupus.Infrastructure.Security;
using Groupus.Infrastructure.Visitors;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.Privacy.Benchmarks;

internal enum SubjectKind
{
    Visitor,
    Prospect,
    Subscription,
    CustomerUser,
}

/// <summary>A person written into the database, with the identifiers a request would name them by.</summary>
internal sealed record SeededSubject(Guid Id, SubjectKind Kind, IReadOnlyList<SubjectIdentifier> Identifiers)
{
    public SubjectLookup Lookup => new(Id, Identifiers);
}

/// <summary>
/// Records about people written through the modules' own contexts, each person enrolled in the register first as the
/// handlers do (the same approach as tests/Groupus.IntegrationTests/Privacy/Vault/SubjectSeeds.cs), in batches: many
/// records added, then one SaveChanges per context.
/// </summary>
internal sealed class Subjects(IServiceProvider services)
{
    /// <summary>The mix of kinds: of every ten subjects, 4 visitors (one visit), 3 prospects, 2 marketing subscriptions, 1 customer user.</summary>
    public static SubjectKind KindOf(int n) => (n % 10) switch
    {
        < 4 => SubjectKind.Visitor,
        < 7 => SubjectKind.Prospect,
        < 9 => SubjectKind.Subscription,
        _ => SubjectKind.CustomerUser,
    };

    /// <summary>Time spent in the register's EnrolAsync (the vault: key creation and blind index), in ms.</summary>
    public double EnrolMilliseconds { get; private set; }

    /// <summary>Time spent in the modules' SaveChanges (sealing included), in ms.</summary>
    public double SaveMilliseconds { get; private set; }

    public async Task<List<SeededSubject>> SeedBatchAsync(int from, int count, DateTime now)
    {
        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        provider.GetRequiredService<CurrentUser>().ActAsSystem();
        var registry = provider.GetRequiredService<IDataSubjectRegistry>();
        var blindIndex = provider.GetRequiredService<IBlindIndex>();
        var visitors = provider.GetRequiredService<VisitorsDbContext>();
        var accounts = provider.GetRequiredService<IdentityDbContext>();
        var sales = provider.GetRequiredService<SalesDbContext>();
        var seeded = new List<SeededSubject>(count);
        for (var n = from; n < from + count; n++)
        {
            var kind = KindOf(n);
            var name = $"Person {n:D7}";
            var company = $"Company {n % 7919:D4}";
            var email = $"person{n:D7}@example{n % 97}.test";
            SubjectIdentifier[] identifiers = kind switch
            {
                SubjectKind.Visitor => [SubjectIdentifier.NameAndCompany(name, company)],
                SubjectKind.Prospect => [SubjectIdentifier.Email(email), SubjectIdentifier.NameAndCompany(name, company)],
                SubjectKind.Subscription => [SubjectIdentifier.Email(email)],
                _ => [],
            };
            CustomerUser? user = null;
            if (kind == SubjectKind.CustomerUser)
            {
                user = CustomerUser.Register(Guid.CreateVersion7(), $"user{n:D7}", name, email, "+4420794" + (n % 100000).ToString("D5", System.Globalization.CultureInfo.InvariantCulture), OrganisationRole.Member, "not-a-real-hash", now);
                identifiers = [SubjectIdentifier.CustomerUser(user.Id), SubjectIdentifier.Email(email)];
            }

            var started = Timing.Now();
            var subjectId = await registry.EnrolAsync(identifiers, CancellationToken.None);
            EnrolMilliseconds += Timing.Since(started);
            switch (kind)
            {
                case SubjectKind.Visitor:
                    visitors.Visits.Add(NewVisit(name, company, subjectId, now));
                    break;
                case SubjectKind.Prospect:
                    sales.Add(NewProspect(name, company, email, subjectId, now));
                    break;
                case SubjectKind.Subscription:
                    var subscription = MarketingSubscription.Subscribe(email, name, ConsentMethod.WebForm, "2026-01", "Send me news", null, now, blindIndex.Of(SubjectIdentifier.Email(email)));
                    subscription.LinkDataSubject(subjectId);
                    sales.Add(subscription);
                    break;
                default:
                    user!.LinkDataSubject(subjectId);
                    accounts.CustomerUsers.Add(user);
                    break;
            }

            seeded.Add(new SeededSubject(subjectId, kind, identifiers));
        }

        var saving = Timing.Now();
        await visitors.SaveChangesAsync();
        await accounts.SaveChangesAsync();
        await sales.SaveChangesAsync();
        SaveMilliseconds += Timing.Since(saving);
        return seeded;
    }

    /// <summary>One person with a prospect record and <paramref name="visits"/> visits, all linked to one subject.</summary>
    public async Task<SeededSubject> SeedHeavySubjectAsync(string tag, int visits, DateTime now)
    {
        var name = $"Heavy {tag}";
        var company = $"Heavy Company {tag}";
        var email = $"heavy.{tag}@example.test";
        SubjectIdentifier[] identifiers = [SubjectIdentifier.Email(email), SubjectIdentifier.NameAndCompany(name, company)];
        Guid subjectId;
        using (var scope = services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
            subjectId = await scope.ServiceProvider.GetRequiredService<IDataSubjectRegistry>().EnrolAsync(identifiers, CancellationToken.None);
            var sales = scope.ServiceProvider.GetRequiredService<SalesDbContext>();
            sales.Add(NewProspect(name, company, email, subjectId, now));
            await sales.SaveChangesAsync();
        }

        for (var written = 0; written < visits; written += 1000)
        {
            using var scope = services.CreateScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
            var db = scope.ServiceProvider.GetRequiredService<VisitorsDbContext>();
            for (var n = written; n < Math.Min(visits, written + 1000); n++)
            {
                db.Visits.Add(NewVisit(name, company, subjectId, now.AddMinutes(n)));
            }

            await db.SaveChangesAsync();
        }

        return new SeededSubject(subjectId, SubjectKind.Visitor, identifiers);
    }

    private static Visit NewVisit(string name, string company, Guid subjectId, DateTime now)
    {
        var visit = Visit.PreRegister(name, company, "Meeting about the hosted PBX", new VisitHost(Guid.CreateVersion7(), "host", "Host Person"), now.AddDays(1), now);
        visit.LinkDataSubject(subjectId);
        return visit;
    }

    private static Prospect NewProspect(string name, string company, string email, Guid subjectId, DateTime now)
    {
        var contact = new ProspectContact(company, name, email, "+442079460000", "GB", "Engines " + company, null, 12, null);
        var prospect = Prospect.Receive(EnquiryKind.Enquiry, EnquirySource.WebsiteForm, contact, "Forty seats on the hosted PBX, please call back", null, now);
        prospect.FollowUp(ProspectStatus.Contacted, "Called, sent the price list", null, Guid.CreateVersion7(), now);
        prospect.LinkDataSubject(subjectId);
        return prospect;
    }
}
