namespace Groupus.Contracts.Privacy;

/// <summary>Which fields were corrected on how many records, and which requested fields the module does not hold.</summary>
public sealed record RectificationOutcome(string Module, IReadOnlyList<string> FieldsCorrected, int RecordsChanged, IReadOnlyList<string> UnknownFields);
