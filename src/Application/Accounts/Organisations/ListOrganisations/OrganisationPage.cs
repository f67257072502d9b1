namespace Groupus.Application.Accounts.Organisations.ListOrganisations;

public sealed record OrganisationPage(IReadOnlyList<OrganisationDto> Organisations, string? NextPageToken);
