namespace Groupus.Contracts.Customers;

/// <summary>
/// Registers a customer organisation for another module's use case (a prospect won by sales). The organisation is
/// staged in the caller's unit of work: it commits with the caller's changes or not at all.
/// </summary>
public interface ICustomerRegistration
{
    /// <summary>The new organisation's id; it starts as a prospect organisation, like one registered by staff.</summary>
    Guid Register(string legalName, string? industry, string? sizeBand, DateTime nowUtc);
}
