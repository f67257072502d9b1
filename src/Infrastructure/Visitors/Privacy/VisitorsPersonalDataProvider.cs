using System.Globalization;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Common;
using Groupus.Domain.Visitors;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Visitors.Privacy;

/// <summary>Reception's visits of a person: exported as they are, deleted on erasure (the office keeps no record it needs).</summary>
internal sealed class VisitorsPersonalDataProvider(VisitorsDbContext db) : IPersonalDataProvider
{
    private const string RecordType = "Visit";
    private static readonly PersonalDataCategory[] Categories = [PersonalDataCategory.Identification, PersonalDataCategory.Professional, PersonalDataCategory.VisitDetails];

    public string Module => VisitorsDbContext.ModuleName;

    public IReadOnlyList<ErasurePolicy> ErasurePolicies { get; } = [.. Categories.Select(c => new ErasurePolicy(RecordType, c, ErasureAction.Delete))];

    public async Task<IReadOnlyList<PersonalDataHolding>> FindAsync(SubjectLookup subject, CancellationToken cancellationToken)
    {
        var visits = await VisitsOf(subject).AsNoTracking().ToListAsync(cancellationToken);
        return visits.Count == 0
            ? []
            : [new PersonalDataHolding(Module, RecordType, visits.Count, Categories, ProcessingRole.Controller, null,
                [.. visits.Take(3).Select(v => $"{v.VisitorName}, {Iso(v.SignedInAtUtc ?? v.ExpectedAtUtc ?? v.CreatedAtUtc)}")])];
    }

    public async Task<ModuleExport> ExportAsync(SubjectLookup subject, CancellationToken cancellationToken)
    {
        var visits = await VisitsOf(subject).AsNoTracking().OrderBy(v => v.CreatedAtUtc).ToListAsync(cancellationToken);
        return new ModuleExport(Module, [.. visits.Select(Export)], []);
    }

    public async Task<RectificationOutcome> RectifyAsync(SubjectLookup subject, IReadOnlyDictionary<string, string> corrections, CancellationToken cancellationToken)
    {
        string[] known = [nameof(Visit.VisitorName), nameof(Visit.Company), nameof(Visit.Purpose)];
        var visits = await VisitsOf(subject).ToListAsync(cancellationToken);
        foreach (var visit in visits)
        {
            visit.CorrectVisitorDetails(
                corrections.GetValueOrDefault(nameof(Visit.VisitorName)),
                corrections.GetValueOrDefault(nameof(Visit.Company)),
                corrections.GetValueOrDefault(nameof(Visit.Purpose)));
        }

        await db.SaveChangesAsync(cancellationToken);
        var corrected = corrections.Keys.Where(known.Contains).ToList();
        return new RectificationOutcome(Module, corrected, corrected.Count == 0 ? 0 : visits.Count, [.. corrections.Keys.Except(known)]);
    }

    public async Task<IReadOnlyList<ErasureOutcome>> EraseAsync(SubjectLookup subject, ErasureInstruction instruction, CancellationToken cancellationToken)
    {
        var deleted = await db.DeleteVisitsOfSubjectAsync(subject.SubjectId, cancellationToken);
        return [.. ErasurePolicies.Select(p => new ErasureOutcome(Module, p.RecordType, p.Category, p.Action, deleted, p.LegalObligation))];
    }

    private IQueryable<Visit> VisitsOf(SubjectLookup subject) => db.Visits.Where(v => v.DataSubjectId == subject.SubjectId);

    private static ExportedRecord Export(Visit visit) => new(RecordType, visit.Id.ToString("D"), new Dictionary<string, string?>
    {
        [nameof(Visit.VisitorName)] = visit.VisitorName,
        [nameof(Visit.Company)] = visit.Company,
        [nameof(Visit.Purpose)] = visit.Purpose,
        [nameof(Visit.HostDisplayName)] = visit.HostDisplayName,
        [nameof(Visit.BadgeNumber)] = visit.BadgeNumber,
        [nameof(Visit.Status)] = visit.Status.ToString(),
        [nameof(Visit.ExpectedAtUtc)] = Iso(visit.ExpectedAtUtc),
        [nameof(Visit.SignedInAtUtc)] = Iso(visit.SignedInAtUtc),
        [nameof(Visit.SignedOutAtUtc)] = Iso(visit.SignedOutAtUtc),
    });

    private static string? Iso(DateTime? utc) => utc?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
