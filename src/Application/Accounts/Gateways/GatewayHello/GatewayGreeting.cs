namespace Groupus.Application.Accounts.Gateways.GatewayHello;

public sealed record GatewayGreeting(Guid GatewayId, string Name, DateTime ServerTimeUtc);
