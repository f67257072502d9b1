using Groupus.Application.Common.Results;
using Groupus.Infrastructure.Security;
using Grpc.Core;
using Mediator;

namespace Groupus.Api.Fax;

/// <summary>
/// Sends a request in a scope of its own (a fresh database context, the call's principal): for long-lived streams
/// (the gateway link, watching a job) that would otherwise keep reading the rows their scope first tracked.
/// </summary>
public sealed class FreshScopeSender(IServiceScopeFactory scopes)
{
    public async Task<Result<T>> SendAsync<T>(ICommand<Result<T>> command, ServerCallContext context)
    {
        using var scope = CreateScope(context);
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, context.CancellationToken);
    }

    public async Task<Result<T>> QueryAsync<T>(IQuery<Result<T>> query, ServerCallContext context)
    {
        using var scope = CreateScope(context);
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query, context.CancellationToken);
    }

    private IServiceScope CreateScope(ServerCallContext context)
    {
        var scope = scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SetFrom(context.GetHttpContext().User, null);
        return scope;
    }
}
