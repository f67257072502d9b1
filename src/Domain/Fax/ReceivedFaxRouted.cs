using Groupus.Domain.Common;

namespace Groupus.Domain.Fax;

/// <summary>A received fax now belongs to an organisation (on arrival, or when staff routed it by hand).</summary>
public sealed record ReceivedFaxRouted(Guid FaxId, Guid OrganisationId, int PageCount, TimeSpan CallTime, DateTime ReceivedAtUtc, DateTime OccurredAtUtc) : IDomainEvent;
