using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Visitors.ListOnSite;

public sealed class ListOnSiteValidator : RequestValidator<ListOnSiteQuery>
{
    public ListOnSiteValidator()
    {
        RuleFor(q => q.PageSize).InclusiveBetween(0, ListOnSiteQuery.MaxPageSize)
            .WithMessage($"must be between 1 and {ListOnSiteQuery.MaxPageSize} (0 for the default)");
        RuleFor(q => q.PageToken).OptionalText(1024);
    }
}
