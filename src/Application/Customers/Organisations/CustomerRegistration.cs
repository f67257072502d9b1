using Groupus.Contracts.Customers;
using Groupus.Domain.Customers;

namespace Groupus.Application.Customers.Organisations;

/// <summary>The accounts side of <see cref="ICustomerRegistration"/>: the organisation joins the scope's unit of work.</summary>
public sealed class CustomerRegistration(IOrganisationRepository organisations) : ICustomerRegistration
{
    public Guid Register(string legalName, string? industry, string? sizeBand, DateTime nowUtc)
    {
        var organisation = Organisation.Register(legalName, companyNumber: null, industry, sizeBand, nowUtc);
        organisations.Add(organisation);
        return organisation.Id;
    }
}
