using System.Text.Json.Serialization;

namespace Groupus.Cli.Credentials;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(StoredCredentials))]
[JsonSerializable(typeof(SessionSummary))]
internal sealed partial class CredentialsJsonContext : JsonSerializerContext;
