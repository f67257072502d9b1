using Groupus.Application.Common.Privacy;
using Groupus.Application.Common.Results;
using Groupus.Contracts.Privacy;
using Mediator;

namespace Groupus.Application.Common.Behaviours;

/// <summary>
/// Refuses a message that would process a person's data for a purpose they have restricted or objected to: a
/// BusinessRule result (FAILED_PRECONDITION at the edge), never an exception. The refusal names the purpose, not
/// the person, and nothing here logs identifiers. Applies only to messages that declare
/// <see cref="IProcessesPersonalData"/>; storage and legal-claim uses always go on.
/// </summary>
public sealed class PrivacyRestrictionBehaviour<TMessage, TResponse>(IProcessingRestrictions restrictions) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage, IProcessesPersonalData
    where TResponse : IResult<TResponse>
{
    public const string Code = PurposeNames.RestrictedCode;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (PurposeNames.CanBeStopped(message.Purpose))
        {
            foreach (var subject in message.DataSubjects)
            {
                if (await restrictions.IsRestrictedAsync(subject, message.Purpose, cancellationToken))
                {
                    return TResponse.Failure(PurposeNames.Refusal(message.Purpose));
                }
            }
        }

        return await next(message, cancellationToken);
    }
}
