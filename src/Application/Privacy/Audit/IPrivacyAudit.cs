namespace Groupus.Application.Privacy.Audit;

/// <summary>
/// Appends to the hash-chained privacy audit log, as the current caller. The row is committed at once, in its own
/// transaction, whatever happens to the request afterwards. Details are codes and counts: never personal data.
/// </summary>
public interface IPrivacyAudit
{
    Task AppendAsync(string action, string? subjectReference, IReadOnlyDictionary<string, string> details, CancellationToken cancellationToken);
}
