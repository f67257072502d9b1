using Groupus.Domain.Accounts;

namespace Groupus.Application.Accounts;

/// <summary>Customer users; for a customer caller, only their own organisation's users are ever visible.</summary>
public interface ICustomerUserRepository
{
    Task<CustomerUser?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<CustomerUser?> FindByUsernameAsync(string normalisedUsername, CancellationToken cancellationToken);

    Task<bool> UsernameExistsAsync(string normalisedUsername, CancellationToken cancellationToken);

    Task<IReadOnlyList<CustomerUser>> ListAsync(Guid organisationId, CancellationToken cancellationToken);

    void Add(CustomerUser user);
}
