using Groupus.Application.Common.Persistence;

namespace Groupus.Application.Privacy.Audit;

/// <summary>
/// A use case's privacy audit rows, appended once its changes are committed (each in its own transaction, in the order
/// recorded): the log says exactly what committed. A refused command writes none, unless its refusal keeps its changes
/// (a wrong identity code), and then it is audited as what happened.
/// </summary>
public sealed class AuditAfterCommit(IPrivacyAudit audit, AfterCommit afterCommit)
{
    public void Record(string action, string? subjectReference, IReadOnlyDictionary<string, string> details)
    {
        // Copied now: the row says what the command did, whatever the caller's dictionary becomes.
        var snapshot = new Dictionary<string, string>(details);
        afterCommit.Add(() => audit.AppendAsync(action, subjectReference, snapshot, CancellationToken.None));
    }
}
