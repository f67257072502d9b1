using System.Globalization;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Common;
using Groupus.Domain.Partners;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Partners.Privacy;

/// <summary>The contact of a reseller or distributor: anonymised on erasure; the agreement stays.</summary>
internal sealed class PartnersPersonalDataProvider(PartnersDbContext db) : IPersonalDataProvider
{
    private const string ResellerType = nameof(Reseller);

    public string Module => PartnersDbContext.ModuleName;

    public IReadOnlyList<ErasurePolicy> ErasurePolicies { get; } =
    [
        new(ResellerType, PersonalDataCategory.Identification, ErasureAction.Anonymise),
        new(ResellerType, PersonalDataCategory.Contact, ErasureAction.Anonymise),
    ];

    public async Task<IReadOnlyList<PersonalDataHolding>> FindAsync(SubjectLookup subject, CancellationToken cancellationToken)
    {
        var resellers = await Resellers(subject).AsNoTracking().Where(r => r.ErasedAtUtc == null).ToListAsync(cancellationToken);
        if (resellers.Count == 0)
        {
            return [];
        }

        var categories = ErasurePolicies.Select(p => p.Category).ToList();
        return [new PersonalDataHolding(Module, ResellerType, resellers.Count, categories, ProcessingRole.Controller, null, [.. resellers.Take(3).Select(r => $"{r.Name} <{r.Email}>")])];
    }

    public async Task<ModuleExport> ExportAsync(SubjectLookup subject, CancellationToken cancellationToken)
    {
        var resellers = await Resellers(subject).AsNoTracking().Where(r => r.ErasedAtUtc == null).ToListAsync(cancellationToken);
        return new ModuleExport(Module, [.. resellers.Select(Export)], []);
    }

    /// <summary>Nothing here is corrected through a data-subject request: the programme's contact changes through UpdateReseller.</summary>
    public Task<RectificationOutcome> RectifyAsync(SubjectLookup subject, IReadOnlyDictionary<string, string> corrections, CancellationToken cancellationToken) =>
        Task.FromResult(new RectificationOutcome(Module, [], 0, [.. corrections.Keys]));

    public async Task<IReadOnlyList<ErasureOutcome>> EraseAsync(SubjectLookup subject, ErasureInstruction instruction, CancellationToken cancellationToken)
    {
        var erased = 0;
        foreach (var reseller in await Resellers(subject).ToListAsync(cancellationToken))
        {
            erased += reseller.Erase(instruction.NowUtc) ? 1 : 0;
        }

        await db.SaveChangesAsync(cancellationToken);
        return [.. ErasurePolicies.Select(p => new ErasureOutcome(Module, p.RecordType, p.Category, p.Action, erased, p.LegalObligation))];
    }

    private IQueryable<Reseller> Resellers(SubjectLookup subject) => db.Resellers.Where(r => r.DataSubjectId == subject.SubjectId);

    private static ExportedRecord Export(Reseller reseller) => new(ResellerType, reseller.Id.ToString("D"), new Dictionary<string, string?>
    {
        [nameof(Reseller.Name)] = reseller.Name,
        [nameof(Reseller.Kind)] = reseller.Kind.ToString(),
        [nameof(Reseller.Email)] = reseller.Email,
        [nameof(Reseller.Phone)] = reseller.Phone,
        ["Address"] = string.Join(", ", new[] { reseller.Address.Line1, reseller.Address.Line2, reseller.Address.Line3, reseller.Address.Town, reseller.Address.County, reseller.Address.Postcode, reseller.Address.CountryCode }.Where(l => !string.IsNullOrEmpty(l))),
        [nameof(Reseller.AgreementReference)] = reseller.AgreementReference,
        [nameof(Reseller.Status)] = reseller.Status.ToString(),
        [nameof(Reseller.CreatedAtUtc)] = Iso(reseller.CreatedAtUtc),
    });

    private static string? Iso(DateTime? utc) => utc?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
