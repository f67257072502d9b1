using Groupus.Domain.Identity;

namespace Groupus.Application.Identity;

public interface IStaffRepository
{
    Task<StaffMember?> FindByUsernameAsync(string normalisedUsername, CancellationToken cancellationToken);

    Task<StaffMember?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<bool> AnyAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken cancellationToken);

    void Add(StaffMember member);
}
