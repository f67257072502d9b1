using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Sales.Prospects.ListProspects;

public sealed class ListProspectsValidator : RequestValidator<ListProspectsQuery>
{
    public ListProspectsValidator()
    {
        RuleFor(q => q.Status).OptionalChoice();
        RuleFor(q => q.Search).OptionalText(200);
        RuleFor(q => q.PageSize).InclusiveBetween(0, ListProspectsQuery.MaxPageSize)
            .WithMessage($"must be between 1 and {ListProspectsQuery.MaxPageSize} (0 for the default)");
        RuleFor(q => q.PageToken).OptionalText(1024);
    }
}
