namespace Groupus.Contracts.Customers;

/// <summary>Customer organisations as other modules may know them.</summary>
public interface IOrganisationDirectory
{
    /// <summary>True when the organisation exists and is not closed (it may still be a prospect or suspended).</summary>
    Task<bool> IsOpenAsync(Guid organisationId, CancellationToken cancellationToken);

    /// <summary>The organisation's standing, or null when there is no such organisation.</summary>
    Task<OrganisationStanding?> FindStandingAsync(Guid organisationId, CancellationToken cancellationToken);
}
