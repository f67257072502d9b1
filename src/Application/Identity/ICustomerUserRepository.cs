using Groupus.Domain.Identity;

namespace Groupus.Application.Identity;

/// <summary>Customer users; for a customer caller, only their own organisation's users are ever visible.</summary>
public interface ICustomerUserRepository
{
    Task<CustomerUser?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Usernames are unique within an organisation only: a sign-in names both.</summary>
    Task<CustomerUser?> FindByUsernameAsync(Guid organisationId, string normalisedUsername, CancellationToken cancellationToken);

    Task<bool> UsernameExistsAsync(Guid organisationId, string normalisedUsername, CancellationToken cancellationToken);

    Task<int> CountOwnersAsync(Guid organisationId, CancellationToken cancellationToken);

    Task<IReadOnlyList<CustomerUser>> ListAsync(Guid organisationId, CancellationToken cancellationToken);

    void Add(CustomerUser user);
}
