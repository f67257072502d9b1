namespace Groupus.Application.Fax.Gateway;

/// <summary>A job a gateway says it is still working on.</summary>
public sealed record HeldLease(Guid JobId, Guid LeaseId);
