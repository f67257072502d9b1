using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Customers.Organisations.ChangeOrganisationStatus;

public sealed class ChangeOrganisationStatusValidator : RequestValidator<ChangeOrganisationStatusCommand>
{
    public ChangeOrganisationStatusValidator()
    {
        RuleFor(c => c.OrganisationId).ValidId();
        RuleFor(c => c.Status).NotNull().WithMessage("is required").IsInEnum().WithMessage("is not a status");
        RuleFor(c => c.Reason).OptionalText(500);
    }
}
