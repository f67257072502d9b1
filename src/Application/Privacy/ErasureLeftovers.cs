using Groupus.Contracts.Privacy;
using Groupus.Domain.Common;

namespace Groupus.Application.Privacy;

/// <summary>What an erasure must not leave behind: controller data of the person that no keep-under-legal-obligation policy covers.</summary>
public static class ErasureLeftovers
{
    /// <summary>
    /// True when the provider holds a category of the person's data that no keep policy covers for its record type. A
    /// record kept for one category (a subscription's suppression entry) still counts when it holds others (its address
    /// and name): the record type alone does not say the whole record may stay.
    /// </summary>
    public static async Task<bool> RemainInAsync(IPersonalDataProvider provider, SubjectLookup subject, CancellationToken cancellationToken)
    {
        var kept = provider.ErasurePolicies.Where(p => p.Action == ErasureAction.KeepUnderLegalObligation)
            .Select(p => (p.RecordType, p.Category)).ToHashSet();
        var holdings = await provider.FindAsync(subject, cancellationToken);
        return holdings.Any(h => h.Role == ProcessingRole.Controller && h.RecordCount > 0
            && h.Categories.Any(category => !kept.Contains((h.RecordType, category))));
    }
}
