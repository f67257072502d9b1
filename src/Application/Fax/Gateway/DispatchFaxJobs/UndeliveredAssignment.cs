namespace Groupus.Application.Fax.Gateway.DispatchFaxJobs;

/// <summary>A job leased to a line whose link was closing: the gateway never heard of it, so its lease will lapse.</summary>
public sealed record UndeliveredAssignment(Guid JobId, string LineId);
