namespace Groupus.Application.Accounts.Prospects.ListProspects;

public sealed record ProspectPage(IReadOnlyList<ProspectDto> Prospects, string? NextPageToken);
