using Groupus.Application.Common.Persistence;
using Groupus.Application.Common.Results;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Common.Behaviours;

/// <summary>
/// Commits a command's changes when its handler succeeds, and only then: a refused command leaves
/// nothing changed. A broken domain rule becomes a BusinessRule result.
/// </summary>
public sealed class UnitOfWorkBehaviour<TMessage, TResponse>(IUnitOfWork unitOfWork) : IPipelineBehavior<TMessage, TResponse>
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
            return TResponse.Failure(Error.BusinessRule(broken.Rule.Code, broken.Rule.Message));
        }

        if (!response.IsSuccess)
        {
            return response;
        }

        var committed = await unitOfWork.CommitAsync(cancellationToken);
        return committed.Error is { } error ? TResponse.Failure(error) : response;
    }
}
