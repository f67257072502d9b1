using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Visitors.SearchVisitHistory;

public sealed class SearchVisitHistoryValidator : RequestValidator<SearchVisitHistoryQuery>
{
    public SearchVisitHistoryValidator()
    {
        RuleFor(q => q.From).NotNull().WithMessage("is required");
        RuleFor(q => q.To).NotNull().WithMessage("is required");
        When(q => q.From is not null && q.To is not null, () =>
        {
            RuleFor(q => q.To).Must((q, to) => to > q.From).WithMessage("must be after from");
            RuleFor(q => q.From).Must((q, from) => from < q.To).WithMessage("must be before to");
        });
        RuleFor(q => q.HostUsername).OptionalText(64).MustBePrintableText();
        RuleFor(q => q.PageSize).InclusiveBetween(0, SearchVisitHistoryQuery.MaxPageSize)
            .WithMessage($"must be between 1 and {SearchVisitHistoryQuery.MaxPageSize} (0 for the default)");
        RuleFor(q => q.PageToken).OptionalText(1024);
    }
}
