using Groupus.Application.Identity.Passwords;
using Groupus.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Identity;

internal sealed class SignInAuditLog(IdentityDbContext db) : ISignInAudit
{
    public void Add(SignInEvent signInEvent) => db.Set<SignInEvent>().Add(signInEvent);

    public async Task<IReadOnlyList<SignInEvent>> ListAsync(DateTime fromUtc, DateTime toUtc, Guid? accountId, int take, CancellationToken cancellationToken)
    {
        var events = db.Set<SignInEvent>().AsNoTracking().Where(e => e.OccurredAtUtc >= fromUtc && e.OccurredAtUtc < toUtc);
        if (accountId is { } id)
        {
            events = events.Where(e => e.AccountId == id);
        }

        return await events.OrderByDescending(e => e.OccurredAtUtc).Take(take).ToListAsync(cancellationToken);
    }
}
