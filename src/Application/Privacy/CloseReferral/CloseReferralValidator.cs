using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Privacy.CloseReferral;

public sealed class CloseReferralValidator : RequestValidator<CloseReferralCommand>
{
    public CloseReferralValidator()
    {
        RuleFor(c => c.RequestId).ValidId();
        RuleFor(c => c.OrganisationId).ValidId();
        RuleFor(c => c.Outcome).RequiredText(1000);
    }
}
