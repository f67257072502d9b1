using Groupus.Domain.Accounts;

namespace Groupus.Application.Accounts.Passwords;

public interface ISignInAudit
{
    void Add(SignInEvent signInEvent);

    Task<IReadOnlyList<SignInEvent>> ListAsync(DateTime fromUtc, DateTime toUtc, Guid? accountId, int take, CancellationToken cancellationToken);
}
