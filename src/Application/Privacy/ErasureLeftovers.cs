using Groupus.Contracts.Privacy;

namespace Groupus.Application.Privacy;

/// <summary>What an erasure must not leave behind: controller data of the person that no keep-under-legal-obligation policy covers.</summary>
public static class ErasureLeftovers
{
    public static async Task<bool> RemainInAsync(IPersonalDataProvider provider, SubjectLookup subject, CancellationToken cancellationToken)
    {
        var kept = provider.ErasurePolicies.Where(p => p.Action == ErasureAction.KeepUnderLegalObligation).Select(p => p.RecordType).ToHashSet(StringComparer.Ordinal);
        var holdings = await provider.FindAsync(subject, cancellationToken);
        return holdings.Any(h => h.Role == ProcessingRole.Controller && h.RecordCount > 0 && !kept.Contains(h.RecordType));
    }
}
