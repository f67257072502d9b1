namespace Groupus.Cli.Credentials;

/// <summary>A session as saved by <c>groupus login</c>: staff, or (with an organisation) a customer's user.</summary>
internal sealed record StoredCredentials(
    string Server,
    string Username,
    IReadOnlyList<string> Roles,
    string AccessToken,
    DateTimeOffset? ExpiresAt,
    string? OrganisationId = null)
{
    public bool IsExpiredAt(DateTimeOffset now) => ExpiresAt is { } expiresAt && expiresAt <= now;
}
