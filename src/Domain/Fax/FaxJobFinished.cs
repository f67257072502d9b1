using Groupus.Domain.Common;

namespace Groupus.Domain.Fax;

/// <summary>An outbound job reached an end: done, failed or cancelled.</summary>
public sealed record FaxJobFinished(
    Guid JobId,
    Guid OrganisationId,
    FaxJobState State,
    int PageCount,
    int PagesConfirmed,
    TimeSpan CallTime,
    DateTime OccurredAtUtc) : IDomainEvent;
