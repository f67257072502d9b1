using Groupus.Domain.Identity;

namespace Groupus.Application.Identity.Gateways;

public sealed record GatewayCredentialDto(Guid Id, string Name, DateTime CreatedAtUtc, DateTime? RevokedAtUtc, DateTime? LastAuthenticatedAtUtc)
{
    public static GatewayCredentialDto From(GatewayCredential c) => new(c.Id, c.Name, c.CreatedAtUtc, c.RevokedAtUtc, c.LastAuthenticatedAtUtc);
}
