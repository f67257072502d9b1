namespace Groupus.Application.Privacy.GetRecordsOfProcessing;

/// <summary>The report in both formats; <see cref="JsonSha256"/> is written to the audit log so a copy can be matched to its generation.</summary>
public sealed record RecordsOfProcessingReport(DateTime GeneratedAtUtc, string Json, string Csv, string JsonSha256, int ActivityCount, int FieldCount);
