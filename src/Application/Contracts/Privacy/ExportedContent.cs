namespace Groupus.Contracts.Privacy;

/// <summary>A file belonging to a record (a fax page, a recording), included in the package as it is.</summary>
public sealed record ExportedContent(string RecordType, string RecordId, string FileName, string MediaType, ReadOnlyMemory<byte> Bytes);
