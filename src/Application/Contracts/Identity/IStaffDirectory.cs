namespace Groupus.Contracts.Identity;

/// <summary>Looks up members of staff for other modules (visitor hosts, notification recipients, who saved a service configuration).</summary>
public interface IStaffDirectory
{
    Task<StaffDirectoryEntry?> FindByUsernameAsync(string username, CancellationToken cancellationToken);

    Task<StaffDirectoryEntry?> FindAsync(Guid staffId, CancellationToken cancellationToken);
}
