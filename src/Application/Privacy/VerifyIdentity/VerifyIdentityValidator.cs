using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Privacy.VerifyIdentity;

public sealed class VerifyIdentityValidator : RequestValidator<VerifyIdentityCommand>
{
    public VerifyIdentityValidator()
    {
        RuleFor(c => c.RequestId).ValidId();
        RuleFor(c => c.Code).NotEmpty().WithMessage("is required").Must(c => c.Trim().Length is >= 6 and <= 12 && c.Trim().All(char.IsAsciiDigit))
            .WithMessage("must be the digits of the code that was sent");
    }
}
