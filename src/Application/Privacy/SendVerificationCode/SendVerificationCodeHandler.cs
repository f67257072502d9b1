using Groupus.Application.Common.Persistence;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Application.Privacy.Audit;
using Groupus.Application.Privacy.Requests;
using Groupus.Contracts.Communications;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Common;
using Mediator;
using Microsoft.Extensions.Options;

namespace Groupus.Application.Privacy.SendVerificationCode;

/// <summary>
/// The code's hash is committed before the message leaves, so a delivered code always matches; the code itself is
/// handed to communications as a confidential message and is never stored, logged or audited.
/// </summary>
public sealed class SendVerificationCodeHandler(
    IDataSubjectRequests requests,
    IDataSubjectRegistry registry,
    IContactMessages messages,
    IUnitOfWork unitOfWork,
    IPrivacyAudit audit,
    ICurrentUser caller,
    IOptions<PrivacyRequestOptions> options,
    TimeProvider clock) : ICommandHandler<SendVerificationCodeCommand, Result<VerificationCodeSent>>
{
    public async ValueTask<Result<VerificationCodeSent>> Handle(SendVerificationCodeCommand command, CancellationToken cancellationToken)
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
        var now = clock.GetUtcNow().UtcDateTime;
        var code = request.IssueVerificationCode(command.SendTo.ToString(), settings.CodeDigits, settings.CodeValidity, settings.CodeAttempts, now, PrivacyActor.Of(caller), (settings.CodeSendLimit, settings.CodeSendWindow));
        if (await unitOfWork.CommitAsync(cancellationToken) is { IsSuccess: false } refused)
        {
            return refused.Error!;
        }

        var minutes = (int)Math.Round(settings.CodeValidity.TotalMinutes);
        await messages.SendAsync(
            new ContactMessage(
                request.SubjectId,
                command.SendTo == SubjectIdentifierKind.Email ? ContactChannel.Email : ContactChannel.TextMessage,
                contact!.Value,
                "Your verification code",
                $"Your verification code for your data-protection request is {code}. It expires in {minutes} minutes. If you did not make a request, ignore this message.",
                Confidential: true),
            cancellationToken);
        await audit.AppendAsync(
            PrivacyAuditActions.VerificationCodeSent,
            request.SubjectId.ToString(),
            new Dictionary<string, string> { ["request"] = request.Id.ToString(), ["channel"] = command.SendTo.ToString() },
            cancellationToken);
        return new VerificationCodeSent(request.CodeExpiresAtUtc!.Value, settings.CodeAttempts, ContactMask.Mask(contact.Value));
    }
}
