using Groupus.Domain.Common;

namespace Groupus.Domain.Fax;

/// <summary>A job was cancelled while on a line: the gateway holding the lease is to hang up after the current page.</summary>
public sealed record FaxCallCancellationRequested(Guid JobId, Guid GatewayId, Guid LeaseId, DateTime OccurredAtUtc) : IDomainEvent;
