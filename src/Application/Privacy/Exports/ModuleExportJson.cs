using System.Text.Json;
using Groupus.Contracts.Privacy;

namespace Groupus.Application.Privacy.Exports;

/// <summary>A module's export as kept between the EXPORT step and the PACKAGE step (in the encrypted content store).</summary>
public static class ModuleExportJson
{
    public static byte[] Serialise(ModuleExport export) => JsonSerializer.SerializeToUtf8Bytes(new Stored(
        export.Module,
        [.. export.Records.Select(r => new StoredRecord(r.RecordType, r.RecordId, r.Fields.ToDictionary()))],
        [.. export.Content.Select(c => new StoredContent(c.RecordType, c.RecordId, c.FileName, c.MediaType, c.Bytes.ToArray()))]));

    public static ModuleExport Deserialise(byte[] json)
    {
        var stored = JsonSerializer.Deserialize<Stored>(json)!;
        return new ModuleExport(
            stored.Module,
            [.. stored.Records.Select(r => new ExportedRecord(r.RecordType, r.RecordId, r.Fields))],
            [.. stored.Content.Select(c => new ExportedContent(c.RecordType, c.RecordId, c.FileName, c.MediaType, c.Bytes))]);
    }

    private sealed record Stored(string Module, List<StoredRecord> Records, List<StoredContent> Content);

    private sealed record StoredRecord(string RecordType, string RecordId, Dictionary<string, string?> Fields);

    private sealed record StoredContent(string RecordType, string RecordId, string FileName, string MediaType, byte[] Bytes);
}
