using FluentValidation;
using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Common.Behaviours;

/// <summary>Runs the message's validators; failures come back as an Invalid result with one violation per field problem.</summary>
public sealed class ValidationBehaviour<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
    where TResponse : IResult<TResponse>
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        List<FieldViolation>? violations = null;
        foreach (var validator in validators)
        {
            var outcome = await validator.ValidateAsync(message, cancellationToken);
            foreach (var failure in outcome.Errors)
            {
                (violations ??= []).Add(new FieldViolation(failure.PropertyName, failure.ErrorMessage));
            }
        }

        return violations is null ? await next(message, cancellationToken) : TResponse.Failure(Error.Invalid(violations));
    }
}
