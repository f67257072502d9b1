using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Fax.ListReceivedFaxes;

public sealed class ListReceivedFaxesValidator : RequestValidator<ListReceivedFaxesQuery>
{
    public ListReceivedFaxesValidator()
    {
        When(q => !string.IsNullOrEmpty(q.OrganisationId), () => RuleFor(q => q.OrganisationId).ValidId());
        RuleFor(q => q.PageSize).InclusiveBetween(0, ListReceivedFaxesQuery.MaxPageSize);
    }
}
