using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Fax.Gateway.DispatchFaxJobs;

/// <summary>Sends a command as the system, each in a scope (and a commit) of its own.</summary>
public interface ISystemCommands
{
    Task<Result<T>> SendAsync<T>(ICommand<Result<T>> command, CancellationToken cancellationToken);
}
