namespace Groupus.Application.Visitors.ListOnSite;

public sealed record OnSitePage(IReadOnlyList<VisitDto> Visits, string? NextPageToken);
