using FluentValidation;
using Groupus.Application.Common.Validation;
using Groupus.Domain.Sales.Prospects;

namespace Groupus.Application.Sales.Prospects.FollowUpProspect;

public sealed class FollowUpProspectValidator : RequestValidator<FollowUpProspectCommand>
{
    public FollowUpProspectValidator()
    {
        RuleFor(c => c.ProspectId).ValidId();
        RuleFor(c => c.Status).RequiredChoice();
        RuleFor(c => c.Note).EnquiryTextOrNull();
        RuleFor(c => c.LostReason).OptionalText(500)
            .Must((c, reason) => c.Status != ProspectStatus.Lost || !string.IsNullOrWhiteSpace(reason)).WithMessage("is required when the prospect is lost")
            .Must((c, reason) => c.Status == ProspectStatus.Lost || reason is null).WithMessage("is only for a lost prospect");
        RuleFor(c => c.RegisterOrganisation)
            .Must((c, register) => !register || c.Status == ProspectStatus.Converted).WithMessage("is only for converting a prospect");
    }
}
