namespace Groupus.Application.Customers.Organisations.ListOrganisations;

public sealed record OrganisationPage(IReadOnlyList<OrganisationDto> Organisations, string? NextPageToken);
