namespace Groupus.Application.Visitors.SearchVisitHistory;

public sealed record VisitHistoryPage(IReadOnlyList<VisitDto> Visits, string? NextPageToken);
