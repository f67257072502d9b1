using Groupus.Application.Identity.EnsureAdminAccount;
using Groupus.Infrastructure.Security.Tokens;
using Groupus.Infrastructure.Security;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Groupus.Infrastructure.Identity;

/// <summary>At start-up: makes sure a token signing key exists, and on an empty database creates the first admin.</summary>
internal sealed partial class AdminBootstrapper(IServiceScopeFactory scopes, SigningKeyRing keys, ILogger<AdminBootstrapper> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        keys.EnsureKey();
        using var scope = scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
        var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new EnsureAdminAccountCommand(), cancellationToken);
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"Could not create the first admin account: {result.Error!.Code}");
        }

        if (result.Value is { } passwordFile)
        {
            LogAdminCreated(logger, EnsureAdminAccountCommand.AdminUsername, passwordFile);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "First run: created the '{Username}' account. Its one-time password is in {PasswordFile} (readable by this user only); log in with it and choose a new password")]
    private static partial void LogAdminCreated(ILogger logger, string username, string passwordFile);
}
