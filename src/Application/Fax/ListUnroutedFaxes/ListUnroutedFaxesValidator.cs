using FluentValidation;
using Groupus.Application.Common.Validation;
using Groupus.Application.Fax.ListReceivedFaxes;

namespace Groupus.Application.Fax.ListUnroutedFaxes;

public sealed class ListUnroutedFaxesValidator : RequestValidator<ListUnroutedFaxesQuery>
{
    public ListUnroutedFaxesValidator()
    {
        RuleFor(q => q.PageSize).InclusiveBetween(0, ListReceivedFaxesQuery.MaxPageSize);
    }
}
