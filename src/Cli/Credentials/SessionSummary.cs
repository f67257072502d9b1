namespace Groupus.Cli.Credentials;

/// <summary>What <c>login</c> and <c>whoami</c> show about a session; never the token itself.</summary>
/// <remarks>ExpiresAt is UTC, so it is written like protobuf JSON timestamps ("...Z").</remarks>
internal sealed record SessionSummary(string Server, string Username, IReadOnlyList<string> Roles, DateTime? ExpiresAt)
{
    public static SessionSummary Of(StoredCredentials credentials) =>
        new(credentials.Server, credentials.Username, credentials.Roles, credentials.ExpiresAt?.UtcDateTime);
}
