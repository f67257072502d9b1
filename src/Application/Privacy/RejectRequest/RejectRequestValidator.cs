using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Privacy.RejectRequest;

public sealed class RejectRequestValidator : RequestValidator<RejectRequestCommand>
{
    public RejectRequestValidator()
    {
        RuleFor(c => c.RequestId).ValidId();
        RuleFor(c => c.Reason).RequiredText(1000);
    }
}
