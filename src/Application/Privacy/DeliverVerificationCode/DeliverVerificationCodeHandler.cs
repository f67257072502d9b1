using Groupus.Application.Common.Results;
using Groupus.Application.Privacy.Audit;
using Groupus.Application.Privacy.Requests;
using Groupus.Contracts.Communications;
using Groupus.Contracts.Privacy;
using Mediator;
using Microsoft.Extensions.Options;

namespace Groupus.Application.Privacy.DeliverVerificationCode;

public sealed class DeliverVerificationCodeHandler(IDataSubjectRequests requests, IContactMessages messages, AuditAfterCommit audit, IOptions<PrivacyRequestOptions> options)
    : ICommandHandler<DeliverVerificationCodeCommand, Result>
{
    public async ValueTask<Result> Handle(DeliverVerificationCodeCommand command, CancellationToken cancellationToken)
    {
        if (await requests.GetAsync(Guid.Parse(command.RequestId), cancellationToken) is not { } request)
        {
            return Error.NotFound("Request");
        }

        var minutes = (int)Math.Round(options.Value.CodeValidity.TotalMinutes);
        await messages.SendAsync(
            new ContactMessage(
                request.SubjectId,
                command.SendTo == SubjectIdentifierKind.Email ? ContactChannel.Email : ContactChannel.TextMessage,
                command.Address,
                "Your verification code",
                $"Your verification code for your data-protection request is {command.Code}. It expires in {minutes} minutes. If you did not make a request, ignore this message.",
                Confidential: true),
            cancellationToken);
        audit.Record(
            PrivacyAuditActions.VerificationCodeSent,
            request.SubjectId.ToString(),
            new Dictionary<string, string> { ["request"] = request.Id.ToString(), ["channel"] = command.SendTo.ToString() });
        return Result.Success();
    }
}
