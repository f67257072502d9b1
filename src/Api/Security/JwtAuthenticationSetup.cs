using Groupus.Infrastructure.Security.Tokens;
using Groupus.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Groupus.Api.Security;

public static class JwtAuthenticationSetup
{
    /// <summary>
    /// Validates bearer tokens against the signing key ring. Authentication only identifies the caller:
    /// what a caller may do is decided by each use case's declared access policy in the pipeline.
    /// </summary>
    public static IServiceCollection AddGroupusAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddSingleton<CachingTokenHandler>();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<SigningKeyRing, IOptions<TokenOptions>, CachingTokenHandler>((options, keys, tokens, handler) =>
            {
                options.MapInboundClaims = false;
                handler.MapInboundClaims = false;
                options.TokenHandlers.Clear();
                options.TokenHandlers.Add(handler);
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = tokens.Value.Issuer,
                    ValidAudience = tokens.Value.Audience,
                    ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
                    IssuerSigningKeyResolver = (_, _, _, _) => keys.ValidationKeys,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = "name",
                    RoleClaimType = CurrentUser.RoleClaim,
                };
                options.Events = new JwtBearerEvents
                {
                    // A well-signed token is not enough: its session must not have been ended since it was issued.
                    OnTokenValidated = async context =>
                    {
                        var sessions = context.HttpContext.RequestServices.GetRequiredService<SessionStates>();
                        if (await sessions.RefusalAsync(context.Principal!, context.HttpContext.RequestAborted) is { } refusal)
                        {
                            context.HttpContext.Items[AuthenticationFailureDescriptions.HttpContextItemKey] = refusal;
                            context.Fail(refusal);
                        }
                    },
                    OnAuthenticationFailed = context =>
                    {
                        context.HttpContext.Items[AuthenticationFailureDescriptions.HttpContextItemKey] =
                            AuthenticationFailureDescriptions.Describe(context.Exception);
                        return Task.CompletedTask;
                    },
                };
            });
        return services;
    }
}
