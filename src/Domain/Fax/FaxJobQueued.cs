using Groupus.Domain.Common;

namespace Groupus.Domain.Fax;

/// <summary>A job joined the queue: submitted, or put back after a try that did not end it. The dispatcher may have work.</summary>
public sealed record FaxJobQueued(Guid JobId, DateTime NotBeforeUtc, DateTime OccurredAtUtc) : IDomainEvent;
