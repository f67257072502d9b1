namespace Groupus.Contracts.Accounts;

/// <summary>Customer organisations as other modules may know them.</summary>
public interface IOrganisationDirectory
{
    /// <summary>True when the organisation exists and is not closed (it may still be a prospect or suspended).</summary>
    Task<bool> IsOpenAsync(Guid organisationId, CancellationToken cancellationToken);
}
