using Groupus.Application.Common.Results;
using Groupus.Application.Privacy.DeliverVerificationCode;
using Groupus.Application.Privacy.IssueVerificationCode;
using Groupus.Application.Privacy.Requests;
using Mediator;
using Microsoft.Extensions.Options;

namespace Groupus.Application.Privacy.SendVerificationCode;

/// <summary>
/// The code's hash is committed (<see cref="IssueVerificationCodeCommand"/>) before the message leaves
/// (<see cref="DeliverVerificationCodeCommand"/>, committed on its own), so a delivered code always matches; the code
/// itself is handed to communications as a confidential message and is never stored, logged or audited.
/// </summary>
public sealed class SendVerificationCodeHandler(ISender sender, IOptions<PrivacyRequestOptions> options)
    : ICommandHandler<SendVerificationCodeCommand, Result<VerificationCodeSent>>
{
    public async ValueTask<Result<VerificationCodeSent>> Handle(SendVerificationCodeCommand command, CancellationToken cancellationToken)
    {
        var issued = await sender.Send(new IssueVerificationCodeCommand(command.RequestId, command.SendTo), cancellationToken);
        if (issued.Error is { } notIssued)
        {
            return notIssued;
        }

        var code = issued.Value;
        var delivered = await sender.Send(new DeliverVerificationCodeCommand(command.RequestId, command.SendTo, code.Address, code.Code), cancellationToken);
        if (delivered.Error is { } notDelivered)
        {
            return notDelivered;
        }

        return new VerificationCodeSent(code.ExpiresAtUtc, options.Value.CodeAttempts, ContactMask.Mask(code.Address));
    }
}
