using System.Globalization;
using System.Security.Cryptography;
using Groupus.Application.Identity;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Identity;
using Groupus.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Identity.Privacy;

/// <summary>
/// A person's customer account (anonymised and unable to sign in, kept for the organisation's audit) and that account's
/// sign-ins (anonymised). Access exports carry the account's sign-in events too. There is no billing module yet: its invoices will be kept under the statutory obligation, with the
/// personal fields anonymised, when it comes.
/// </summary>
internal sealed class IdentityPersonalDataProvider(IdentityDbContext db, IPasswordHasher hasher, IDataSubjectRegistry registry, TimeProvider clock)
    : IPersonalDataProvider
{
    private static readonly string[] UserFields = [nameof(CustomerUser.DisplayName), nameof(CustomerUser.WorkEmail), nameof(CustomerUser.WorkPhone)];

    private const string UserType = nameof(CustomerUser);
    private const string SignInType = nameof(SignInEvent);

    public string Module => IdentityDbContext.ModuleName;

    public IReadOnlyList<ErasurePolicy> ErasurePolicies { get; } =
    [
        new(UserType, PersonalDataCategory.Identification, ErasureAction.Anonymise),
        new(UserType, PersonalDataCategory.Contact, ErasureAction.Anonymise),
        new(UserType, PersonalDataCategory.AccountCredentials, ErasureAction.Anonymise),
        new(SignInType, PersonalDataCategory.TechnicalUsage, ErasureAction.Anonymise),
    ];

    public async Task<IReadOnlyList<PersonalDataHolding>> FindAsync(SubjectLookup subject, CancellationToken cancellationToken)
    {
        var users = await Users(subject).AsNoTracking().Where(u => u.ErasedAtUtc == null).ToListAsync(cancellationToken);
        var userIds = users.Select(u => (Guid?)u.Id).ToList();
        var signIns = await db.Set<SignInEvent>().CountAsync(e => userIds.Contains(e.AccountId), cancellationToken);
        List<PersonalDataHolding> holdings = [];
        Add(holdings, UserType, users.Count, [.. users.Take(3).Select(u => $"{u.DisplayName} <{u.WorkEmail}>")]);
        Add(holdings, SignInType, signIns, []);
        return holdings;
    }

    public async Task<ModuleExport> ExportAsync(SubjectLookup subject, CancellationToken cancellationToken)
    {
        var users = await Users(subject).AsNoTracking().Where(u => u.ErasedAtUtc == null).ToListAsync(cancellationToken);
        var userIds = users.Select(u => (Guid?)u.Id).ToList();
        var signIns = await db.Set<SignInEvent>().AsNoTracking().Where(e => userIds.Contains(e.AccountId)).OrderBy(e => e.OccurredAtUtc).ToListAsync(cancellationToken);
        return new ModuleExport(
            Module,
            [
                .. users.Select(Export), .. signIns.Select(Export)
            ],
            []);
    }

    /// <summary>
    /// Corrects the customer user's DisplayName, WorkEmail, WorkPhone. A corrected address or number is enrolled as
    /// naming the same person.
    /// </summary>
    public async Task<RectificationOutcome> RectifyAsync(SubjectLookup subject, IReadOnlyDictionary<string, string> corrections, CancellationToken cancellationToken)
    {
        string? Get(string field) => corrections.GetValueOrDefault(field) is { } value ? value.Trim() : null;
        var email = Get(nameof(CustomerUser.WorkEmail))?.ToLowerInvariant();
        var phone = Get(nameof(CustomerUser.WorkPhone));
        var changed = 0;

        if (corrections.Keys.Any(UserFields.Contains))
        {
            foreach (var user in await Users(subject).Where(u => u.ErasedAtUtc == null).ToListAsync(cancellationToken))
            {
                user.UpdateDetails(Get(nameof(CustomerUser.DisplayName)) ?? user.DisplayName, email ?? user.WorkEmail, phone ?? user.WorkPhone, user.Role, clock.GetUtcNow().UtcDateTime);
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

        string[] known = UserFields;
        return new RectificationOutcome(Module, [.. corrections.Keys.Where(known.Contains)], changed, [.. corrections.Keys.Except(known)]);
    }

    public async Task<IReadOnlyList<ErasureOutcome>> EraseAsync(SubjectLookup subject, ErasureInstruction instruction, CancellationToken cancellationToken)
    {
        var users = await Users(subject).ToListAsync(cancellationToken);
        var erasedUsers = 0;
        foreach (var user in users)
        {
            erasedUsers += user.Erase(hasher.Hash(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))), instruction.NowUtc) ? 1 : 0;
        }

        await db.SaveChangesAsync(cancellationToken);
        var userIds = users.Select(u => (Guid?)u.Id).ToList();
        var signIns = await db.Set<SignInEvent>().Where(e => userIds.Contains(e.AccountId))
            .ExecuteUpdateAsync(setters => setters.SetProperty(e => e.AccountId, (Guid?)null), cancellationToken);

        var counts = new Dictionary<string, int>
        {
            [UserType] = erasedUsers,
            [SignInType] = signIns,
        };
        return [.. ErasurePolicies.Select(p => new ErasureOutcome(Module, p.RecordType, p.Category, p.Action, counts[p.RecordType], p.LegalObligation))];
    }

    // Across organisations: the privacy officer acts for the whole company.
    private IQueryable<CustomerUser> Users(SubjectLookup subject) => db.CustomerUsers.IgnoreQueryFilters().Where(u => u.DataSubjectId == subject.SubjectId);

    private void Add(List<PersonalDataHolding> holdings, string recordType, int count, IReadOnlyList<string> examples)
    {
        if (count > 0)
        {
            var categories = ErasurePolicies.Where(p => p.RecordType == recordType).Select(p => p.Category).ToList();
            holdings.Add(new PersonalDataHolding(Module, recordType, count, categories, ProcessingRole.Controller, null, examples));
        }
    }

    private static ExportedRecord Export(CustomerUser user) => new(UserType, user.Id.ToString("D"), new Dictionary<string, string?>
    {
        [nameof(CustomerUser.Username)] = user.Username,
        [nameof(CustomerUser.DisplayName)] = user.DisplayName,
        [nameof(CustomerUser.WorkEmail)] = user.WorkEmail,
        [nameof(CustomerUser.WorkPhone)] = user.WorkPhone,
        [nameof(CustomerUser.Role)] = user.Role,
        [nameof(CustomerUser.CreatedAtUtc)] = Iso(user.CreatedAtUtc),
        [nameof(CustomerUser.LastLoginAtUtc)] = Iso(user.LastLoginAtUtc),
    });

    private static ExportedRecord Export(SignInEvent signIn) => new(SignInType, signIn.Id.ToString("D"), new Dictionary<string, string?>
    {
        [nameof(SignInEvent.OccurredAtUtc)] = Iso(signIn.OccurredAtUtc),
        [nameof(SignInEvent.AccountId)] = signIn.AccountId?.ToString("D"),
        [nameof(SignInEvent.Outcome)] = signIn.Outcome.ToString(),
    });

    private static string? Iso(DateTime? utc) => utc?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
