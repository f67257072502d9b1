namespace Groupus.Application.Fax.Gateway.DispatchFaxJobs;

/// <summary>What one turn of the dispatcher did that is worth telling: lapsed leases, and assignments that went nowhere.</summary>
public sealed record FaxDispatchTurn(int LeasesExpired, IReadOnlyList<UndeliveredAssignment> Undelivered);
