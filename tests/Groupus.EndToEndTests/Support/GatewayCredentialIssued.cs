namespace Groupus.EndToEndTests.Support;

/// <summary>A gateway's machine credential as issued by the core (the secret is shown once).</summary>
internal sealed record GatewayCredentialIssued(string GatewayId, string Secret);
