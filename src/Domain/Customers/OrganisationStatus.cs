namespace Groupus.Domain.Customers;

public enum OrganisationStatus
{
    Prospect = 1,
    Active = 2,
    Suspended = 3,
    Closed = 4,
}
