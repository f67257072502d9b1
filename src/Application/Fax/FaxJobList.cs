namespace Groupus.Application.Fax;

public sealed record FaxJobList(IReadOnlyList<FaxJobDto> Jobs, string? NextPageToken);
