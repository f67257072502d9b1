using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Identity.SignInAudit.ListSignInEvents;

public sealed class ListSignInEventsValidator : RequestValidator<ListSignInEventsQuery>
{
    public ListSignInEventsValidator()
    {
        RuleFor(q => q.From).NotNull().WithMessage("is required");
        RuleFor(q => q.To).NotNull().WithMessage("is required");
        RuleFor(q => q.To).Must((q, to) => to > q.From).WithMessage("must be after from").When(q => q.From is not null && q.To is not null);
        RuleFor(q => q.AccountId).ValidId().When(q => q.AccountId is not null);
        RuleFor(q => q.Limit).InclusiveBetween(0, ListSignInEventsQuery.MaxLimit)
            .WithMessage($"must be between 1 and {ListSignInEventsQuery.MaxLimit} (0 for the default)");
    }
}
