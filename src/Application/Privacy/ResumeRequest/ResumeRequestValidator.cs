using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Privacy.ResumeRequest;

public sealed class ResumeRequestValidator : RequestValidator<ResumeRequestCommand>
{
    public ResumeRequestValidator()
    {
        RuleFor(c => c.RequestId).ValidId();

    }
}
