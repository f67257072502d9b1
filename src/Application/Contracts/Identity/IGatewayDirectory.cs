namespace Groupus.Contracts.Identity;

/// <summary>Fax gateways known by their machine credentials.</summary>
public interface IGatewayDirectory
{
    /// <summary>The gateway's name, or null when its credential is unknown or revoked.</summary>
    Task<string?> FindActiveNameAsync(Guid gatewayId, CancellationToken cancellationToken);
}
