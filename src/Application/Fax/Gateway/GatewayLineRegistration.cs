namespace Groupus.Application.Fax.Gateway;

/// <summary>A line as a gateway announces it. <see cref="Number"/> may be empty when the line's number is unknown.</summary>
public sealed record GatewayLineRegistration(string LineId, string? Number, bool CanSend, bool CanReceive);
