namespace Groupus.Application.Fax.Gateway.GatewayHello;

public sealed record GatewayGreeting(Guid GatewayId, string Name, DateTime ServerTimeUtc);
