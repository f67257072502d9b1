using Groupus.Application.Fax.Gateway.Links;
using Microsoft.Extensions.Options;

namespace Groupus.Application.Fax.Gateway.Session;

/// <summary>Opens the core's side of a gateway's link: one <see cref="GatewaySession"/> per Connect stream.</summary>
public sealed class GatewaySessions(FaxGatewayRegistry registry, IFaxQueueSignal queue, IOptions<FaxOptions> options, TimeProvider clock)
{
    public GatewaySession Start(IGatewayCommands commands, IFaxGatewayLink link) => new(commands, link, registry, queue, options.Value, clock);
}
