using System.Reflection;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Common.Behaviours;

/// <summary>Enforces the access policy each message declares; a message without one is refused.</summary>
public sealed class AuthorisationBehaviour<TMessage, TResponse>(ICurrentUser currentUser) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
    where TResponse : IResult<TResponse>
{
    private static readonly AccessPolicyAttribute? Policy = typeof(TMessage).GetCustomAttribute<AccessPolicyAttribute>();

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var refusal = AccessPolicyEvaluator.Check(Policy, currentUser);
        return refusal is null ? next(message, cancellationToken) : ValueTask.FromResult(TResponse.Failure(refusal));
    }
}
