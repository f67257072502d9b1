using System.Text.Json.Serialization;

namespace Groupus.Cli.Commands.Privacy;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(SavedExport))]
[JsonSerializable(typeof(SavedReport))]
internal sealed partial class PrivacyJsonContext : JsonSerializerContext;
