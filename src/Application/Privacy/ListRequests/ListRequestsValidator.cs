using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Privacy.ListRequests;

public sealed class ListRequestsValidator : RequestValidator<ListRequestsQuery>
{
    public ListRequestsValidator()
    {
        RuleFor(q => q.Statuses).EnumFilter();
        RuleForEach(q => q.Statuses).IsInEnum().WithMessage("must be a request status");
        RuleFor(q => q.Standing).IsInEnum().WithMessage("must be DUE, DUE_SOON, OVERDUE or CLOSED");
        RuleFor(q => q.PageSize).InclusiveBetween(0, 200).WithMessage("must be between 1 and 200 (0 for the default of 50)");
        RuleFor(q => q.PageToken).OptionalText(1024);
    }
}
