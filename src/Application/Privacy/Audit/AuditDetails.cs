using System.Text.Json;

namespace Groupus.Application.Privacy.Audit;

/// <summary>The canonical JSON of an audit row's details: keys in ordinal order, so the same details always hash the same.</summary>
public static class AuditDetails
{
    public static string ToJson(IReadOnlyDictionary<string, string> details) =>
        JsonSerializer.Serialize(new SortedDictionary<string, string>(details.ToDictionary(), StringComparer.Ordinal));
}
