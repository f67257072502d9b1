namespace Groupus.Application.Fax.Gateway.LeaseNextFaxJob;

/// <summary>The job leased to the line, or none when nothing is due.</summary>
public sealed record FaxLeaseOffer(FaxJobAssignment? Assignment);
