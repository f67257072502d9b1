namespace Groupus.Application.Fax.Gateway.RegisterGatewayLines;

public sealed record GatewayRegistration(Guid GatewayId, IReadOnlyList<GatewayLineRegistration> Lines, IReadOnlyList<HeldLease> LostLeases);
