using Groupus.Application.Common.Contact;
namespace Groupus.Application.Customers.Organisations;

/// <summary>The details registering and updating an organisation both carry.</summary>
public interface IOrganisationDetails
{
    string LegalName { get; }

    string? CompanyNumber { get; }

    string? Industry { get; }

    string? SizeBand { get; }

    AddressInput? BillingAddress { get; }

    AddressInput? InstallationAddress { get; }
}
