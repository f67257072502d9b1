using Groupus.Application.Common.Persistence;
using Groupus.Application.Common.Results;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Common.Behaviours;

/// <summary>
/// The one place that commits. A command's changes are committed when its handler succeeds (or refuses with an error
/// that <see cref="Error.KeepsChanges"/>), and only then: any other refusal leaves nothing changed. A broken domain rule
/// becomes a BusinessRule result. What the handler left to <see cref="AfterCommit"/> runs after the commit, and only if
/// it succeeded; what it left to <see cref="OnRollback"/> runs whenever nothing was committed. A command sent by another
/// command's handler (a process manager's step) shares the scope: it runs and drops only its own actions, and the
/// sender's wait for the sender's commit.
/// </summary>
public sealed class UnitOfWorkBehaviour<TMessage, TResponse>(IUnitOfWork unitOfWork, AfterCommit afterCommit, OnRollback onRollback)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
    where TResponse : IResult<TResponse>
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var sendersAfterCommit = afterCommit.Detach();
        var sendersOnRollback = onRollback.Detach();
        try
        {
            return await CommitAsync(message, next, cancellationToken);
        }
        finally
        {
            afterCommit.Reattach(sendersAfterCommit);
            onRollback.Reattach(sendersOnRollback);
        }
    }

    private async ValueTask<TResponse> CommitAsync(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        TResponse response;
        try
        {
            response = await next(message, cancellationToken);
        }
        catch (BusinessRuleBrokenException broken)
        {
            await RollBackAsync();
            return TResponse.Failure(Error.BusinessRule(broken.Rule.Code, broken.Rule.Message));
        }
        catch
        {
            await RollBackAsync();
            throw;
        }

        if (response.Error is { KeepsChanges: false })
        {
            await RollBackAsync();
            return response;
        }

        Result committed;
        try
        {
            committed = await unitOfWork.CommitAsync(cancellationToken);
        }
        catch
        {
            await RollBackAsync();
            throw;
        }

        if (committed.Error is { } error)
        {
            await RollBackAsync();
            return TResponse.Failure(error);
        }

        onRollback.Discard();
        await afterCommit.RunAsync();
        return response;
    }

    private Task RollBackAsync()
    {
        afterCommit.Discard();
        return onRollback.RunAsync();
    }
}
