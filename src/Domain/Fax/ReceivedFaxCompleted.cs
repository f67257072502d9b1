using Groupus.Domain.Common;

namespace Groupus.Domain.Fax;

/// <summary>A received fax was charged to an organisation (raised once, when it is routed).</summary>
public sealed record ReceivedFaxCompleted(Guid FaxId, Guid OrganisationId, int PageCount, TimeSpan CallTime, DateTime OccurredAtUtc) : IDomainEvent;
