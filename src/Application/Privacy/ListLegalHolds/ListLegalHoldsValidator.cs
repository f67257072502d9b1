using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Privacy.ListLegalHolds;

public sealed class ListLegalHoldsValidator : RequestValidator<ListLegalHoldsQuery>
{
    public ListLegalHoldsValidator() => RuleFor(q => q.SubjectId).ValidId().When(q => q.SubjectId is not null);
}
