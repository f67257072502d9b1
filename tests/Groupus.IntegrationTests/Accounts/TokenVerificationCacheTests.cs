using System.Security.Claims;
using System.Security.Cryptography;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Auth.V1;
using Groupus.Api.Security;
using Groupus.Application.Common.Security;
using Groupus.Infrastructure.Security;
using Groupus.IntegrationTests.Support;
using Grpc.Core;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Groupus.IntegrationTests.Accounts;

/// <summary>
/// A token's signature is verified once and the outcome kept until the token would expire; what is kept is only what
/// the token proves, so an ended session is still refused on the next call and an expired token is refused.
/// </summary>
public sealed class TokenVerificationCacheTests
{
    [Fact]
    public async Task A_verified_token_is_not_verified_again_while_it_is_valid()
    {
        using var handler = new CachingTokenHandler();
        var signingKey = NewKey();
        var token = Issue(signingKey, lifetime: TimeSpan.FromMinutes(15));

        var first = await handler.ValidateTokenAsync(token, Parameters(signingKey));
        // Another key cannot have signed it: only a remembered verification lets the token through.
        var second = await handler.ValidateTokenAsync(token, Parameters(NewKey()));
        using var another = new CachingTokenHandler();
        var uncached = await another.ValidateTokenAsync(token, Parameters(NewKey()));

        Assert.True(first.IsValid, first.Exception?.Message);
        Assert.True(second.IsValid, second.Exception?.Message);
        Assert.Equal("staff", second.ClaimsIdentity.FindFirst("kind")?.Value);
        Assert.False(uncached.IsValid);
    }

    [Fact]
    public async Task A_remembered_identity_is_read_once_and_no_call_can_change_it()
    {
        using var handler = new CachingTokenHandler();
        var signingKey = NewKey();
        var subject = Guid.NewGuid();
        var token = Issue(signingKey, TimeSpan.FromMinutes(15), new Claim("sub", subject.ToString()), new Claim("kind", "customer"),
            new Claim("org", Guid.Empty.ToString()), new Claim("sv", "7"), new Claim("role", "owner"), new Claim("role", "admin"));

        var first = await handler.ValidateTokenAsync(token, Parameters(signingKey));
        var second = await handler.ValidateTokenAsync(token, Parameters(signingKey));

        var identity = Assert.IsType<CallerIdentity>(second.ClaimsIdentity);
        Assert.Same(first.ClaimsIdentity, identity);
        Assert.True(identity.IsAuthenticated);
        Assert.Equal(new TokenCaller(PrincipalKind.Customer, subject, Guid.Empty, 7, identity.Caller!.Roles), identity.Caller);
        Assert.Equal(["admin", "owner"], identity.Caller.Roles.Order());
        Assert.Throws<InvalidOperationException>(() => identity.AddClaim(new Claim("role", "support")));
        Assert.Throws<InvalidOperationException>(() => identity.RemoveClaim(identity.FindFirst("role")));
        Assert.Equal(2, identity.FindAll("role").Count());
    }

    [Fact]
    public void A_token_naming_no_known_kind_or_subject_names_no_caller()
    {
        Assert.Null(TokenCaller.Read([new Claim("sub", Guid.NewGuid().ToString()), new Claim("kind", "robot")]));
        Assert.Null(TokenCaller.Read([new Claim("sub", "not-a-guid"), new Claim("kind", "staff")]));
        Assert.Equal(0, TokenCaller.Read([new Claim("sub", Guid.NewGuid().ToString()), new Claim("kind", "Staff")])!.SessionVersion);
    }

    [Fact]
    public async Task A_remembered_token_is_refused_once_it_has_expired()
    {
        using var handler = new CachingTokenHandler();
        var signingKey = NewKey();
        var token = Issue(signingKey, lifetime: TimeSpan.FromSeconds(2));
        var parameters = Parameters(signingKey);
        parameters.ClockSkew = TimeSpan.Zero;

        var fresh = await handler.ValidateTokenAsync(token, parameters);
        // Token lifetimes are whole seconds, validated against the system clock: wait until this one is past.
        await Task.Delay(TimeSpan.FromSeconds(3.5));
        var expired = await handler.ValidateTokenAsync(token, parameters);

        Assert.True(fresh.IsValid, fresh.Exception?.Message);

        Assert.False(expired.IsValid);
        Assert.IsType<SecurityTokenExpiredException>(expired.Exception);
    }

    [Fact]
    public async Task A_token_used_many_times_is_refused_on_the_first_call_after_its_session_ends()
    {
        await using var server = await TestServer.StartAsync();
        var support = await server.StaffAsync("sue", "support");
        var owner = await CustomerOrganisations.WithSignedInUserAsync(server, support, "Acme", "olivia", "owner");
        var member = await CustomerOrganisations.AddSignedInUserAsync(server, support, owner.OrganisationId, "mark", "member");
        var request = new GetOrganisationRequest { OrganisationId = owner.OrganisationId };
        for (var i = 0; i < 5; i++)
        {
            await member.Organisations.GetOrganisationAsync(request, member.Headers);
        }

        var reset = await owner.Users.IssuePasswordResetTokenAsync(new IssuePasswordResetTokenRequest { UserId = member.UserId }, owner.Headers);
        await new AuthService.AuthServiceClient(server.Channel).ResetPasswordAsync(new ResetPasswordRequest { Token = reset.Token, NewPassword = "a brand new passphrase" });
        var refused = await RpcFailure.Of(() => member.Organisations.GetOrganisationAsync(request, member.Headers));
        var tampered = await RpcFailure.Of(() => owner.Organisations.GetOrganisationAsync(request, Tampered(owner.Headers)));

        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
        Assert.Contains("session has ended", refused.Message, StringComparison.Ordinal);
        Assert.Equal(StatusCode.Unauthenticated, tampered.StatusCode);
        Assert.Equal(owner.OrganisationId, (await owner.Organisations.GetOrganisationAsync(request, owner.Headers)).Id);
    }

    /// <summary>The owner's verified token with one signature character changed: a new text, verified afresh, refused.</summary>
    private static Metadata Tampered(Metadata headers)
    {
        var token = headers.GetValue("authorization")!["Bearer ".Length..];
        var at = token.Length - 10;
        var changed = token[at] == 'A' ? 'B' : 'A';
        return new Metadata { { "authorization", $"Bearer {token[..at]}{changed}{token[(at + 1)..]}" } };
    }

    private static ECDsaSecurityKey NewKey() => new(ECDsa.Create(ECCurve.NamedCurves.nistP256)) { KeyId = Guid.NewGuid().ToString("N") };

    private static string Issue(ECDsaSecurityKey key, TimeSpan lifetime) =>
        Issue(key, lifetime, new Claim("sub", Guid.NewGuid().ToString()), new Claim("kind", "staff"));

    private static string Issue(ECDsaSecurityKey key, TimeSpan lifetime, params Claim[] claims)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "groupus",
            Audience = "groupus-api",
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.EcdsaSha256),
        });
    }

    private static TokenValidationParameters Parameters(SecurityKey key) => new()
    {
        ValidIssuer = "groupus",
        ValidAudience = "groupus-api",
        ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
        IssuerSigningKey = key,
        ClockSkew = TimeSpan.FromSeconds(30),
    };
}
