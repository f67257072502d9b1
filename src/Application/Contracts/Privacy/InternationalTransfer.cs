namespace Groupus.Contracts.Privacy;

/// <summary>Where data may go outside the country it was collected in, and what protects it there.</summary>
public sealed record InternationalTransfer(string Destination, string Safeguard);
