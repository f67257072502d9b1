namespace Groupus.Application.Fax.Gateway.Links;

/// <summary>The live link to one connected gateway, as the edge holds it; sending never blocks.</summary>
public interface IFaxGatewayConnection
{
    Guid GatewayId { get; }

    /// <returns>False when the link is closing and the message cannot be delivered.</returns>
    bool TrySend(FaxLinkMessage message);
}
