

namespace Groupus.Application.Fax.Gateway.Links;

/// <summary>What the core tells a gateway over its link.</summary>
public abstract record FaxLinkMessage;

public sealed record AssignFaxJob(FaxJobAssignment Assignment) : FaxLinkMessage;

public sealed record CancelFaxJobOnLine(Guid JobId, Guid LeaseId) : FaxLinkMessage;

public sealed record FaxLeaseLost(Guid JobId, Guid LeaseId) : FaxLinkMessage;
