using Groupus.Domain.Identity;

namespace Groupus.Application.Identity.Passwords;

public interface ISignInAudit
{
    void Add(SignInEvent signInEvent);

    Task<IReadOnlyList<SignInEvent>> ListAsync(DateTime fromUtc, DateTime toUtc, Guid? accountId, int take, CancellationToken cancellationToken);
}
