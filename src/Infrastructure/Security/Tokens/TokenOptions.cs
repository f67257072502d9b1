namespace Groupus.Infrastructure.Security.Tokens;

public sealed class TokenOptions
{
    public const string Section = "Tokens";

    public string Issuer { get; set; } = "groupus";

    public string Audience { get; set; } = "groupus-staff";

    /// <summary>A reception shift: long enough for a working day, short enough that a lost token soon dies.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Gateways re-authenticate with their secret; a short lifetime makes revocation bite quickly.</summary>
    public TimeSpan GatewayLifetime { get; set; } = TimeSpan.FromMinutes(15);
}
