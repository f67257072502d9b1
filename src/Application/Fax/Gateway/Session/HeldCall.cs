namespace Groupus.Application.Fax.Gateway.Session;

/// <summary>A call a reconnecting gateway says it is still on: the job, its lease and the line.</summary>
public sealed record HeldCall(Guid JobId, Guid LeaseId, string LineId);
