using System.Text.Json;
using System.Text.Json.Serialization;

namespace Groupus.Application.Privacy.GetRecordsOfProcessing;

public static class RecordsOfProcessingJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write(RecordsOfProcessing records) => JsonSerializer.Serialize(records, Options);
}
