using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy.Requests;

/// <summary>
/// What an erasure did, module by module, written when the request completed: stored so it can be shown again, and
/// tied to the audit row that closed the request.
/// </summary>
public sealed class ErasureCertificate : Entity
{
    private ErasureCertificate()
    {
    }

    public Guid RequestId { get; private set; }

    public Guid SubjectId { get; private set; }

    public DateTime CompletedAtUtc { get; private set; }

    public List<ErasureCertificateLine> Lines { get; private set; } = [];

    public bool SubjectKeyDestroyed { get; private set; }

    public long AuditSequence { get; private set; }

    [NotPersonalData("SHA-256 hex of an audit row")]
    public string AuditHash { get; private set; } = "";

    public static ErasureCertificate Issue(Guid requestId, Guid subjectId, DateTime completedAtUtc, IReadOnlyList<ErasureCertificateLine> lines, bool keyDestroyed, long auditSequence, string auditHash) => new()
    {
        Id = Guid.CreateVersion7(),
        RequestId = requestId,
        SubjectId = subjectId,
        CompletedAtUtc = completedAtUtc,
        Lines = [.. lines],
        SubjectKeyDestroyed = keyDestroyed,
        AuditSequence = auditSequence,
        AuditHash = auditHash,
    };
}
