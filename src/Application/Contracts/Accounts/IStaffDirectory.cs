namespace Groupus.Contracts.Accounts;

/// <summary>Looks up members of staff for other modules (visitor hosts, notification recipients).</summary>
public interface IStaffDirectory
{
    Task<StaffDirectoryEntry?> FindByUsernameAsync(string username, CancellationToken cancellationToken);
}
