using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Fax.Gateway.Session;

/// <summary>
/// Sends a command for the connected gateway, each in a scope of its own (fresh data, the gateway's credential checked
/// again): a link lives for hours, a scope must not.
/// </summary>
public interface IGatewayCommands
{
    Task<Result<T>> SendAsync<T>(ICommand<Result<T>> command);
}
