using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Application.Privacy.Audit;
using Groupus.Application.Privacy.Requests;
using Groupus.Application.Privacy.SendVerificationCode;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Common;
using Mediator;
using Microsoft.Extensions.Options;

namespace Groupus.Application.Privacy.IssueVerificationCode;

public sealed class IssueVerificationCodeHandler(
    IDataSubjectRequests requests,
    IDataSubjectRegistry registry,
    ICurrentUser caller,
    IOptions<PrivacyRequestOptions> options,
    TimeProvider clock) : ICommandHandler<IssueVerificationCodeCommand, Result<IssuedVerificationCode>>
{
    public async ValueTask<Result<IssuedVerificationCode>> Handle(IssueVerificationCodeCommand command, CancellationToken cancellationToken)
    {
        if (await requests.GetAsync(Guid.Parse(command.RequestId), cancellationToken) is not { } request)
        {
            return Error.NotFound("Request");
        }

        var contact = request.NamedAs.Select(SubjectQueryInput.FromNamed).FirstOrDefault(i => i?.Kind == command.SendTo);
        var onRecord = contact is not null && (await registry.FindAsync(contact, cancellationToken)).Intersect(request.SubjectIds).Any();
        var rule = new VerificationCodeNotOnRecordRule(contact is not null, onRecord);
        if (rule.IsBroken())
        {
            return Error.BusinessRule(rule.Code, rule.Message, "send_to");
        }

        var settings = options.Value;
        var code = request.IssueVerificationCode(
            command.SendTo.ToString(), settings.CodeDigits, settings.CodeValidity, settings.CodeAttempts, clock.GetUtcNow().UtcDateTime, PrivacyActor.Of(caller), (settings.CodeSendLimit, settings.CodeSendWindow));
        return new IssuedVerificationCode(code, contact!.Value, request.CodeExpiresAtUtc!.Value);
    }
}
