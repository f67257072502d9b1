using Groupus.Api.Grpc.Auth.V1;
using Grpc.Core;

namespace Groupus.FaxGateway.Link;

/// <summary>
/// Exchanges the gateway's machine credential for a short-lived access token (AuthService.AuthenticateGateway) and
/// keeps it fresh: a new token is fetched once four fifths of the old one's life have passed, or after the core
/// refused it. Neither the secret nor the token is ever logged.
/// </summary>
internal sealed class GatewayTokenSource(AuthService.AuthServiceClient auth, CoreLinkOptions options, TimeProvider time)
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private string? _token;
    private DateTimeOffset _renewAt;

    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            if (_token is null || now >= _renewAt)
            {
                var reply = await auth.AuthenticateGatewayAsync(
                    new AuthenticateGatewayRequest { GatewayId = options.GatewayId, Secret = options.ReadSecret() },
                    deadline: now.UtcDateTime.AddSeconds(30), cancellationToken: cancellationToken);
                var expiresAt = reply.ExpiresAt?.ToDateTimeOffset() ?? now.AddMinutes(5);
                _token = reply.AccessToken;
                _renewAt = now + ((expiresAt - now) * 0.8);
            }

            return _token;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>The core refused the token (revoked, expired early, clock skew): fetch a new one next time.</summary>
    public void Forget() => _token = null;

    public async Task<Metadata> HeadersAsync(CancellationToken cancellationToken) =>
        new() { { "authorization", "Bearer " + await GetAsync(cancellationToken) } };
}
