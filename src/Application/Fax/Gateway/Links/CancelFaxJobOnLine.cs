namespace Groupus.Application.Fax.Gateway.Links;

/// <summary>The job was cancelled: hang up after the current page.</summary>
public sealed record CancelFaxJobOnLine(Guid JobId, Guid LeaseId) : FaxLinkMessage;
