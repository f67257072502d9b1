using Groupus.Application.Common.Validation;

namespace Groupus.Application.Visitors.ListExpectedVisitors;

public sealed class ListExpectedVisitorsValidator : RequestValidator<ListExpectedVisitorsQuery>
{
    public ListExpectedVisitorsValidator() => RuleFor(q => q.Day).DayWithAnEnd();
}
