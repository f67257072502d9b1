namespace Groupus.Contracts.Privacy;

/// <summary>One record as the subject receives it: its type, id, and fields by name (dates ISO 8601 UTC).</summary>
public sealed record ExportedRecord(string RecordType, string RecordId, IReadOnlyDictionary<string, string?> Fields);
