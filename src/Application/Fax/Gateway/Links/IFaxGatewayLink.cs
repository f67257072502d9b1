namespace Groupus.Application.Fax.Gateway.Links;

/// <summary>The way back to one connected gateway, as the edge holds it (its stream); sending never blocks.</summary>
public interface IFaxGatewayLink
{
    /// <returns>False when the link is closing and the message cannot be delivered.</returns>
    bool TrySend(FaxLinkMessage message);
}
