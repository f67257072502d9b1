using Groupus.Contracts.Privacy;
using Groupus.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Fax.Privacy;

/// <summary>
/// Faxes are our customers' communications, processed on their instructions: a person's faxes (sent to, or received
/// from, their number) are found so the request can be referred to the customer that controls them, but never exported
/// or erased by us.
/// </summary>
internal sealed class FaxPersonalDataProvider(FaxDbContext db) : IPersonalDataProvider
{
    private static readonly PersonalDataCategory[] Categories = [PersonalDataCategory.CommunicationsContent, PersonalDataCategory.CommunicationsMetadata];

    public string Module => FaxDbContext.ModuleName;

    /// <summary>None: processor data is erased on the controlling customer's instructions, not ours.</summary>
    public IReadOnlyList<ErasurePolicy> ErasurePolicies { get; } = [];

    public async Task<IReadOnlyList<PersonalDataHolding>> FindAsync(SubjectLookup subject, CancellationToken cancellationToken)
    {
        var numbers = subject.Identifiers.Where(i => i.Kind == SubjectIdentifierKind.Phone).Select(i => i.Value).ToList();
        if (numbers.Count == 0)
        {
            return [];
        }

        var sent = await db.Jobs.IgnoreQueryFilters().AsNoTracking()
            .Where(j => numbers.Contains(j.Destination))
            .GroupBy(j => j.OrganisationId)
            .Select(g => new { OrganisationId = (Guid?)g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var received = await db.ReceivedFaxes.IgnoreQueryFilters().AsNoTracking()
            .Where(f => f.RemoteId != null && numbers.Contains(f.RemoteId))
            .GroupBy(f => f.OrganisationId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return
        [
            .. sent.Select(s => Holding("FaxJob", s.Count, s.OrganisationId)),
            .. received.Select(r => Holding("ReceivedFax", r.Count, r.Key)),
        ];
    }

    public Task<ModuleExport> ExportAsync(SubjectLookup subject, CancellationToken cancellationToken) =>
        Task.FromResult(new ModuleExport(Module, [], []));

    public Task<RectificationOutcome> RectifyAsync(SubjectLookup subject, IReadOnlyDictionary<string, string> corrections, CancellationToken cancellationToken) =>
        Task.FromResult(new RectificationOutcome(Module, [], 0, [.. corrections.Keys]));

    public Task<IReadOnlyList<ErasureOutcome>> EraseAsync(SubjectLookup subject, ErasureInstruction instruction, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ErasureOutcome>>([]);

    private PersonalDataHolding Holding(string recordType, int count, Guid? controller) =>
        new(Module, recordType, count, Categories, ProcessingRole.Processor, controller, []);
}
