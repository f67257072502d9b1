using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Customers.Organisations.ListOrganisations;

public sealed class ListOrganisationsValidator : RequestValidator<ListOrganisationsQuery>
{
    public ListOrganisationsValidator()
    {
        RuleFor(q => q.NameContains).OptionalText(200).MustBePrintableText();
        RuleFor(q => q.PageSize).InclusiveBetween(0, ListOrganisationsQuery.MaxPageSize)
            .WithMessage($"must be between 1 and {ListOrganisationsQuery.MaxPageSize} (0 for the default)");
        RuleFor(q => q.PageToken).OptionalText(1024);
    }
}
