using Groupus.Application.Fax.Gateway.Links;

namespace Groupus.Application.Fax.Gateway.Session;

/// <summary>A session's link as the registry and the dispatcher see it: the gateway it belongs to, and its way back.</summary>
internal sealed class SessionConnection(Guid gatewayId, IFaxGatewayLink link) : IFaxGatewayConnection
{
    public Guid GatewayId { get; } = gatewayId;

    public bool TrySend(FaxLinkMessage message) => link.TrySend(message);
}
