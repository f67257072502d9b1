using Groupus.Application.Common.Validation;

namespace Groupus.Application.Sales.Prospects.GetProspect;

public sealed class GetProspectValidator : RequestValidator<GetProspectQuery>
{
    public GetProspectValidator() => RuleFor(q => q.ProspectId).ValidId();
}
