using Groupus.Domain.Privacy;

namespace Groupus.Application.Privacy.Audit;

/// <summary>Reads the privacy audit log back, oldest first.</summary>
public interface IPrivacyAuditTrail
{
    IAsyncEnumerable<PrivacyAuditEntry> ReadInSequenceOrderAsync(CancellationToken cancellationToken);

    /// <summary>The newest row with this action whose details mention the text (e.g. a request id).</summary>
    Task<PrivacyAuditEntry?> FindLatestAsync(string action, string detailsContaining, CancellationToken cancellationToken);
}
