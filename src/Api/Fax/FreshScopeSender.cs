using System.Security.Claims;
using Groupus.Application.Common.Results;
using Groupus.Infrastructure.Security;
using Grpc.Core;
using Mediator;

namespace Groupus.Api.Fax;

/// <summary>
/// Sends a request in a scope of its own (a fresh database context, the call's principal): for long-lived streams
/// (the gateway link, watching a job) that would otherwise keep reading the rows their scope first tracked. The
/// principal's session is checked again for each request, so a stream opened before a revocation or a password
/// change is refused from its next message on.
/// </summary>
public sealed class FreshScopeSender(IServiceScopeFactory scopes, SessionStates sessions)
{
    public async Task<Result<T>> SendAsync<T>(ICommand<Result<T>> command, ServerCallContext context)
    {
        using var scope = await CreateScopeAsync(context);
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, context.CancellationToken);
    }

    public async Task<Result<T>> QueryAsync<T>(IQuery<Result<T>> query, ServerCallContext context)
    {
        using var scope = await CreateScopeAsync(context);
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query, context.CancellationToken);
    }

    private async Task<IServiceScope> CreateScopeAsync(ServerCallContext context)
    {
        var scope = scopes.CreateScope();
        var principal = context.GetHttpContext().User;
        var refusal = principal.Identity?.IsAuthenticated == true ? await sessions.RefusalAsync(principal, context.CancellationToken) : null;
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SetFrom(refusal is null ? principal : new ClaimsPrincipal(), refusal);
        return scope;
    }
}
