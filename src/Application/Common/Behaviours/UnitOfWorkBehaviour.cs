using Groupus.Application.Common.Persistence;
using Groupus.Application.Common.Results;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Common.Behaviours;

/// <summary>
/// Commits a command's changes when its handler succeeds, and only then: a refused command leaves
/// nothing changed. A broken domain rule becomes a BusinessRule result. What the handler left to
/// <see cref="AfterCommit"/> runs after the commit, and only if it succeeded.
/// </summary>
public sealed class UnitOfWorkBehaviour<TMessage, TResponse>(IUnitOfWork unitOfWork, AfterCommit afterCommit) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
    where TResponse : IResult<TResponse>
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        TResponse response;
        try
        {
            response = await next(message, cancellationToken);
        }
        catch (BusinessRuleBrokenException broken)
        {
            afterCommit.Discard();
            return TResponse.Failure(Error.BusinessRule(broken.Rule.Code, broken.Rule.Message));
        }

        if (!response.IsSuccess)
        {
            afterCommit.Discard();
            return response;
        }

        Result committed;
        try
        {
            committed = await unitOfWork.CommitAsync(cancellationToken);
        }
        catch
        {
            afterCommit.Discard();
            throw;
        }

        if (committed.Error is { } error)
        {
            afterCommit.Discard();
            return TResponse.Failure(error);
        }

        afterCommit.Run();
        return response;
    }
}
