using Groupus.Domain.Privacy.Requests;

namespace Groupus.Application.Privacy.Requests;

/// <summary>
/// Statuses (none = all), a due-date window (inclusive; null = open) that leaves out requests which already missed a
/// due date, or overdue on a day (missed a due date, or due before that day), open-only or closed-only, and a page.
/// </summary>
public sealed record RequestListFilter(
    IReadOnlyList<DataSubjectRequestStatus> Statuses,
    DateOnly? DueFrom,
    DateOnly? DueTo,
    bool? Open,
    int Skip,
    int Take,
    DateOnly? OverdueOn = null);
