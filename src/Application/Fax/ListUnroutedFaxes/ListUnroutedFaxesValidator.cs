using FluentValidation;
using Groupus.Application.Common.Validation;
using Groupus.Application.Fax.ListReceivedFaxes;

namespace Groupus.Application.Fax.ListUnroutedFaxes;

public sealed class ListUnroutedFaxesValidator : RequestValidator<ListUnroutedFaxesQuery>
{
    public ListUnroutedFaxesValidator()
    {
        RuleFor(q => q.PageSize).InclusiveBetween(0, ListReceivedFaxesQuery.MaxPageSize);
        RuleFor(q => q.PageToken).Must(token => FaxListCursor.TryRead(token, out _)).WithMessage("is not a page token this server gave");
    }
}
