namespace Groupus.Application.Sales.Prospects.ListProspects;

public sealed record ProspectPage(IReadOnlyList<ProspectDto> Prospects, string? NextPageToken);
