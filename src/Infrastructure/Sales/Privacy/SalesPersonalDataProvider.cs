using System.Globalization;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Common;
using Groupus.Domain.Sales.Marketing;
using Groupus.Domain.Sales.Prospects;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Sales.Privacy;

/// <summary>
/// A person's prospects (deleted on erasure) and marketing subscription (anonymised to a suppression entry). Access
/// exports carry the marketing messages sent to the subscription too.
/// </summary>
internal sealed class SalesPersonalDataProvider(SalesDbContext db, IDataSubjectRegistry registry) : IPersonalDataProvider
{
    private static readonly string[] ProspectFields =
    [
        nameof(ProspectContact.ContactName), nameof(ProspectContact.Company), nameof(ProspectContact.WorkEmail),
        nameof(ProspectContact.WorkPhone), nameof(ProspectContact.Industry),
    ];

    private const string ProspectType = nameof(Prospect);
    private const string SubscriptionType = nameof(MarketingSubscription);
    private const string SendType = nameof(MarketingSend);

    private const string Suppression =
        "a suppression entry (a keyed hash of the address, and when consent was given and withdrawn) so the address is never marketed to again "
        + "(PECR regulation 22; UK GDPR article 21(3))";

    public string Module => SalesDbContext.ModuleName;

    public IReadOnlyList<ErasurePolicy> ErasurePolicies { get; } =
    [
        new(ProspectType, PersonalDataCategory.Identification, ErasureAction.Delete),
        new(ProspectType, PersonalDataCategory.Contact, ErasureAction.Delete),
        new(ProspectType, PersonalDataCategory.Professional, ErasureAction.Delete),
        new(ProspectType, PersonalDataCategory.CommunicationsContent, ErasureAction.Delete),
        new(ProspectType, PersonalDataCategory.TransactionalHistory, ErasureAction.Delete),
        new(SubscriptionType, PersonalDataCategory.Identification, ErasureAction.Anonymise),
        new(SubscriptionType, PersonalDataCategory.Contact, ErasureAction.Anonymise),
        new(SubscriptionType, PersonalDataCategory.MarketingPreferences, ErasureAction.KeepUnderLegalObligation, Suppression),
    ];

    public async Task<IReadOnlyList<PersonalDataHolding>> FindAsync(SubjectLookup subject, CancellationToken cancellationToken)
    {
        var prospects = await Prospects(subject).AsNoTracking().ToListAsync(cancellationToken);
        var subscriptions = await Subscriptions(subject).AsNoTracking().Where(s => s.ErasedAtUtc == null).ToListAsync(cancellationToken);
        List<PersonalDataHolding> holdings = [];
        Add(holdings, ProspectType, prospects.Count, [.. prospects.Take(3).Select(p => $"{p.Contact.ContactName}, {p.Contact.Company}")]);
        Add(holdings, SubscriptionType, subscriptions.Count, [.. subscriptions.Take(3).Select(s => s.Email)]);
        return holdings;
    }

    public async Task<ModuleExport> ExportAsync(SubjectLookup subject, CancellationToken cancellationToken)
    {
        var prospects = await Prospects(subject).AsNoTracking().ToListAsync(cancellationToken);
        var subscriptions = await Subscriptions(subject).AsNoTracking().Where(s => s.ErasedAtUtc == null).ToListAsync(cancellationToken);
        var subscriptionIds = subscriptions.Select(s => s.Id).ToList();
        var sends = await db.Set<MarketingSend>().AsNoTracking().Where(m => subscriptionIds.Contains(m.SubscriptionId)).OrderBy(m => m.SentAtUtc).ToListAsync(cancellationToken);
        return new ModuleExport(Module, [.. prospects.Select(Export), .. subscriptions.Select(Export), .. sends.Select(Export)], []);
    }

    /// <summary>
    /// Corrects the prospect's contact (ContactName, Company, WorkEmail, WorkPhone, Industry) and the subscriber's Name.
    /// A corrected address or number is enrolled as naming the same person. A subscription's Email is not correctable
    /// (consent belongs to the address).
    /// </summary>
    public async Task<RectificationOutcome> RectifyAsync(SubjectLookup subject, IReadOnlyDictionary<string, string> corrections, CancellationToken cancellationToken)
    {
        string? Get(string field) => corrections.GetValueOrDefault(field) is { } value ? value.Trim() : null;
        var email = Get(nameof(ProspectContact.WorkEmail))?.ToLowerInvariant();
        var phone = Get(nameof(ProspectContact.WorkPhone));
        var changed = 0;

        if (corrections.Keys.Any(ProspectFields.Contains))
        {
            foreach (var prospect in await Prospects(subject).ToListAsync(cancellationToken))
            {
                prospect.CorrectContact(Get(nameof(ProspectContact.ContactName)), Get(nameof(ProspectContact.Company)), email, phone, Get(nameof(ProspectContact.Industry)));
                changed++;
            }
        }

        if (Get(nameof(MarketingSubscription.Name)) is { } name)
        {
            foreach (var subscription in await Subscriptions(subject).Where(s => s.ErasedAtUtc == null).ToListAsync(cancellationToken))
            {
                subscription.CorrectName(name);
                changed++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        if (changed > 0 && subject.SubjectId != Guid.Empty && (email is not null || phone is not null))
        {
            // Linked to the subject the verified request is about: a shared number alone could not say who that is.
            await registry.LinkAsync(
                subject.SubjectId,
                [.. email is null ? [] : new[] { SubjectIdentifier.Email(email) }, .. phone is null ? [] : new[] { SubjectIdentifier.Phone(phone) }],
                cancellationToken);
        }

        string[] known = [.. ProspectFields, nameof(MarketingSubscription.Name)];
        return new RectificationOutcome(Module, [.. corrections.Keys.Where(known.Contains)], changed, [.. corrections.Keys.Except(known)]);
    }

    public async Task<IReadOnlyList<ErasureOutcome>> EraseAsync(SubjectLookup subject, ErasureInstruction instruction, CancellationToken cancellationToken)
    {
        var prospects = await Prospects(subject).ToListAsync(cancellationToken);
        db.Set<Prospect>().RemoveRange(prospects);

        var subscriptions = 0;
        foreach (var subscription in await Subscriptions(subject).ToListAsync(cancellationToken))
        {
            subscriptions += subscription.Erase(instruction.NowUtc) ? 1 : 0;
        }

        await db.SaveChangesAsync(cancellationToken);
        var counts = new Dictionary<string, int>
        {
            [ProspectType] = prospects.Count,
            [SubscriptionType] = subscriptions,
        };
        return [.. ErasurePolicies.Select(p => new ErasureOutcome(Module, p.RecordType, p.Category, p.Action, counts[p.RecordType], p.LegalObligation))];
    }

    private IQueryable<Prospect> Prospects(SubjectLookup subject) => db.Set<Prospect>().Where(p => p.DataSubjectId == subject.SubjectId);

    private IQueryable<MarketingSubscription> Subscriptions(SubjectLookup subject) =>
        db.Set<MarketingSubscription>().Where(s => s.DataSubjectId == subject.SubjectId);

    private void Add(List<PersonalDataHolding> holdings, string recordType, int count, IReadOnlyList<string> examples)
    {
        if (count > 0)
        {
            var categories = ErasurePolicies.Where(p => p.RecordType == recordType).Select(p => p.Category).ToList();
            holdings.Add(new PersonalDataHolding(Module, recordType, count, categories, ProcessingRole.Controller, null, examples));
        }
    }

    private static ExportedRecord Export(Prospect prospect) => new(ProspectType, prospect.Id.ToString("D"), new Dictionary<string, string?>
    {
        [nameof(ProspectContact.ContactName)] = prospect.Contact.ContactName,
        [nameof(ProspectContact.Company)] = prospect.Contact.Company,
        [nameof(ProspectContact.WorkEmail)] = prospect.Contact.WorkEmail,
        [nameof(ProspectContact.WorkPhone)] = prospect.Contact.WorkPhone,
        [nameof(ProspectContact.CountryCode)] = prospect.Contact.CountryCode,
        [nameof(ProspectContact.Industry)] = prospect.Contact.Industry,
        [nameof(ProspectContact.RevenueBand)] = prospect.Contact.RevenueBand?.ToString(),
        [nameof(ProspectContact.EmployeeCount)] = prospect.Contact.EmployeeCount?.ToString(CultureInfo.InvariantCulture),
        [nameof(ProspectContact.PurchasingTimeframe)] = prospect.Contact.PurchasingTimeframe?.ToString(),
        [nameof(Prospect.Enquiry)] = prospect.Enquiry,
        [nameof(Prospect.Status)] = prospect.Status.ToString(),
        [nameof(Prospect.LostReason)] = prospect.LostReason,
        [nameof(Prospect.ReceivedAtUtc)] = Iso(prospect.ReceivedAtUtc),
        ["FollowUpNotes"] = string.Join("\n", prospect.FollowUps.OrderBy(f => f.Sequence).Select(f => f.Note).Where(n => n is not null)),
    });

    private static ExportedRecord Export(MarketingSubscription subscription) => new(SubscriptionType, subscription.Id.ToString("D"), new Dictionary<string, string?>
    {
        [nameof(MarketingSubscription.Email)] = subscription.Email,
        [nameof(MarketingSubscription.Name)] = subscription.Name,
        [nameof(MarketingSubscription.Status)] = subscription.Status.ToString(),
        [nameof(MarketingSubscription.CreatedAtUtc)] = Iso(subscription.CreatedAtUtc),
        ["ConsentHistory"] = string.Join("\n", subscription.History.OrderBy(r => r.Sequence).Select(r => $"{Iso(r.AtUtc)} {r.Action} {r.Method} {r.NoticeVersion}")),
    });

    private static ExportedRecord Export(MarketingSend send) => new(SendType, send.Id.ToString("D"), new Dictionary<string, string?>
    {
        [nameof(MarketingSend.SubscriptionId)] = send.SubscriptionId.ToString("D"),
        [nameof(MarketingSend.Campaign)] = send.Campaign,
        [nameof(MarketingSend.SentAtUtc)] = Iso(send.SentAtUtc),
    });

    private static string? Iso(DateTime? utc) => utc?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
