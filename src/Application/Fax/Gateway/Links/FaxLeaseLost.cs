namespace Groupus.Application.Fax.Gateway.Links;

/// <summary>That lease is no longer current: stop the job, it is or will be on another line.</summary>
public sealed record FaxLeaseLost(Guid JobId, Guid LeaseId) : FaxLinkMessage;
