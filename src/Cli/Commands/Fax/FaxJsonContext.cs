using System.Text.Json.Serialization;

namespace Groupus.Cli.Commands.Fax;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(SavedFile))]
internal sealed partial class FaxJsonContext : JsonSerializerContext;
