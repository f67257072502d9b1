using Groupus.Application.Common.Paging;
using Groupus.Domain.Privacy.Requests;

namespace Groupus.Application.Privacy.Requests;

/// <summary>
/// Statuses (none = all), a due-date window (inclusive; null = open) that leaves out requests which already missed a
/// due date, or overdue on a day (missed a due date, or due before that day), open-only or closed-only, and a page: <paramref name="Take"/> requests in the list's order
/// (due date, undated last, then id) after <paramref name="After"/> (a due date as yyyy-MM-dd, empty for undated, and the id).
/// </summary>
public sealed record RequestListFilter(
    IReadOnlyList<DataSubjectRequestStatus> Statuses,
    DateOnly? DueFrom,
    DateOnly? DueTo,
    bool? Open,
    PageKey? After,
    int Take,
    DateOnly? OverdueOn = null);
