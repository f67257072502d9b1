namespace Groupus.Cli.Credentials;

/// <summary>A staff session as saved by <c>groupus login</c>.</summary>
internal sealed record StoredCredentials(
    string Server,
    string Username,
    IReadOnlyList<string> Roles,
    string AccessToken,
    DateTimeOffset? ExpiresAt)
{
    public bool IsExpiredAt(DateTimeOffset now) => ExpiresAt is { } expiresAt && expiresAt <= now;
}
