namespace Groupus.Contracts.Privacy;

/// <summary>A module's part of an access or portability package.</summary>
public sealed record ModuleExport(string Module, IReadOnlyList<ExportedRecord> Records, IReadOnlyList<ExportedContent> Content);
