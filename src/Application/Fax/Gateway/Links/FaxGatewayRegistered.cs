namespace Groupus.Application.Fax.Gateway.Links;

/// <summary>The gateway's lines are registered: its id and the lease and heartbeat it must keep. Always the first message.</summary>
public sealed record FaxGatewayRegistered(Guid GatewayId, TimeSpan LeaseDuration, TimeSpan HeartbeatInterval) : FaxLinkMessage;
