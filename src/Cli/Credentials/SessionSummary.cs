namespace Groupus.Cli.Credentials;

/// <summary>What <c>login</c> and <c>whoami</c> show about a session; never the token itself.</summary>
internal sealed record SessionSummary(string Server, string Username, IReadOnlyList<string> Roles, DateTimeOffset? ExpiresAt)
{
    public static SessionSummary Of(StoredCredentials credentials) =>
        new(credentials.Server, credentials.Username, credentials.Roles, credentials.ExpiresAt?.ToUniversalTime());
}
