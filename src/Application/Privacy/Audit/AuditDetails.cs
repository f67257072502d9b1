using System.Text.Json;

namespace Groupus.Application.Privacy.Audit;

/// <summary>The canonical JSON of an audit row's details: keys in ordinal order, so the same details always hash the same.</summary>
public static class AuditDetails
{
    /// <summary>
    /// What the log says of free text staff typed (a reason, a reference): that it was given, never the words, which
    /// could name the person and would outlive their erasure in this append-only log. The words stay on the request,
    /// sealed under the subject's key.
    /// </summary>
    public const string TextGiven = "given";

    public static string ToJson(IReadOnlyDictionary<string, string> details) =>
        JsonSerializer.Serialize(new SortedDictionary<string, string>(details.ToDictionary(), StringComparer.Ordinal));
}
