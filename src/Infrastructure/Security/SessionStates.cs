using System.Collections.Concurrent;
using System.Security.Claims;
using Groupus.Application.Common.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Groupus.Infrastructure.Security;

/// <summary>
/// Decides, on every call, whether a signed token still stands for a live session: the account's session version must
/// equal the token's, the account must be active, a customer's organisation must be neither suspended nor closed, and a
/// gateway's credential must not be revoked. States are cached for <see cref="SessionOptions.CheckInterval"/> and
/// forgotten as soon as this process saves a change to them, so the check costs a dictionary lookup on most calls.
/// </summary>
public sealed class SessionStates(IServiceScopeFactory scopes, IOptions<SessionOptions> options, TimeProvider clock)
{
    public const string VersionClaim = "sv";
    public const string SessionEnded = "Your session has ended (your password, role or access changed); log in again.";
    public const string OrganisationShut = "Your organisation's access is suspended or closed; contact us.";
    public const string GatewayRevoked = "This gateway's credential is revoked or unknown.";

    private const int PruneAbove = 10_000;
    private readonly ConcurrentDictionary<(SessionSubject, Guid), Cached> _cache = new();

    /// <summary>Null when the authenticated principal's token still holds; otherwise why it does not.</summary>
    public ValueTask<string?> RefusalAsync(ClaimsPrincipal principal, CancellationToken cancellationToken) =>
        TokenCaller.Of(principal) is { } caller ? RefusalAsync(caller, cancellationToken) : ValueTask.FromResult<string?>(null);

    private async ValueTask<string?> RefusalAsync(TokenCaller caller, CancellationToken cancellationToken)
    {
        switch (caller.Kind)
        {
            case PrincipalKind.Staff:
                return await GetAsync(SessionSubject.Staff, caller.PrincipalId, cancellationToken) is { Active: true } staff
                    && staff.Version == caller.SessionVersion ? null : SessionEnded;
            case PrincipalKind.Customer:
                if (await GetAsync(SessionSubject.CustomerUser, caller.PrincipalId, cancellationToken) is not { Active: true, OrganisationId: { } organisationId } user
                    || user.Version != caller.SessionVersion
                    || caller.OrganisationId != organisationId)
                {
                    return SessionEnded;
                }

                return await GetAsync(SessionSubject.Organisation, organisationId, cancellationToken) is { Active: true } ? null : OrganisationShut;
            case PrincipalKind.Gateway:
                return await GetAsync(SessionSubject.Gateway, caller.PrincipalId, cancellationToken) is { Active: true } ? null : GatewayRevoked;
            default:
                return null;
        }
    }

    /// <summary>Called once a change to the subject is saved: the next call reads it afresh.</summary>
    public void Forget(SessionSubject subject, Guid id) => _cache.TryRemove((subject, id), out _);

    private async ValueTask<SessionState?> GetAsync(SessionSubject subject, Guid id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue((subject, id), out var cached) && now - cached.ReadAt < options.Value.CheckInterval)
        {
            return cached.State;
        }

        SessionState? state;
        using (var scope = scopes.CreateScope())
        {
            state = await scope.ServiceProvider.GetRequiredService<ISessionStateSource>().ReadAsync(subject, id, cancellationToken);
        }

        if (_cache.Count > PruneAbove)
        {
            Prune(now);
        }

        _cache[(subject, id)] = new Cached(state, now);
        return state;
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, cached) in _cache)
        {
            if (now - cached.ReadAt >= options.Value.CheckInterval)
            {
                _cache.TryRemove(key, out _);
            }
        }
    }

    private sealed record Cached(SessionState? State, DateTimeOffset ReadAt);
}
