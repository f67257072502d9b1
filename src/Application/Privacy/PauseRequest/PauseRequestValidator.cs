using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Privacy.PauseRequest;

public sealed class PauseRequestValidator : RequestValidator<PauseRequestCommand>
{
    public PauseRequestValidator()
    {
        RuleFor(c => c.RequestId).ValidId();
        RuleFor(c => c.Reason).RequiredText(500);
    }
}
