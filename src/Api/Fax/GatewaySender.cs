using Groupus.Application.Common.Results;
using Groupus.Infrastructure.Security;
using Grpc.Core;
using Mediator;

namespace Groupus.Api.Fax;

/// <summary>
/// Sends each message of a long-lived gateway stream in a scope of its own (fresh database context, same gateway
/// principal), so one stream never works on stale tracked rows.
/// </summary>
public sealed class GatewaySender(IServiceScopeFactory scopes)
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
