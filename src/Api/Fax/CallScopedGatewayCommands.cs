using Groupus.Application.Common.Results;
using Groupus.Application.Fax.Gateway.Session;
using Grpc.Core;
using Mediator;

namespace Groupus.Api.Fax;

/// <summary>A gateway session's commands, each in a fresh scope as the principal of the call that carries the link.</summary>
internal sealed class CallScopedGatewayCommands(FreshScopeSender freshScope, ServerCallContext context) : IGatewayCommands
{
    public Task<Result<T>> SendAsync<T>(ICommand<Result<T>> command) => freshScope.SendAsync(command, context);
}
