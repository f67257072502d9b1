using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Numbering.ListNumbers;

public sealed class ListNumbersValidator : RequestValidator<ListNumbersQuery>
{
    public ListNumbersValidator()
    {
        RuleFor(q => q.Purpose).IsInEnum().WithMessage("must be voice or fax").When(q => q.Purpose is not null);
        RuleFor(q => q.PageSize).InclusiveBetween(0, ListNumbersQuery.MaxPageSize)
            .WithMessage($"must be between 1 and {ListNumbersQuery.MaxPageSize} (0 for the default)");
        RuleFor(q => q.PageToken).OptionalText(200);
    }
}
