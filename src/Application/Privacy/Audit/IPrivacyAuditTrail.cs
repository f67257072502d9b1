using Groupus.Domain.Privacy;

namespace Groupus.Application.Privacy.Audit;

/// <summary>Reads the privacy audit log back, oldest first.</summary>
public interface IPrivacyAuditTrail
{
    IAsyncEnumerable<PrivacyAuditEntry> ReadInSequenceOrderAsync(CancellationToken cancellationToken);
}
