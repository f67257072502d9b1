using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Partners.ListResellers;

public sealed class ListResellersValidator : RequestValidator<ListResellersQuery>
{
    public ListResellersValidator()
    {
        RuleFor(q => q.Kind).IsInEnum().WithMessage("must be reseller or distributor");
        RuleFor(q => q.Status).IsInEnum().WithMessage("must be active, suspended or terminated");
        RuleFor(q => q.NameContains).OptionalText(200).MustBePrintableText();
        RuleFor(q => q.PageSize).InclusiveBetween(0, ListResellersQuery.MaxPageSize)
            .WithMessage($"must be between 1 and {ListResellersQuery.MaxPageSize} (0 for the default)");
        RuleFor(q => q.PageToken).OptionalText(1024);
    }
}
