using Groupus.Application.Common.Validation;

namespace Groupus.Application.Fax.RouteReceivedFax;

public sealed class RouteReceivedFaxValidator : RequestValidator<RouteReceivedFaxCommand>
{
    public RouteReceivedFaxValidator()
    {
        RuleFor(c => c.FaxId).ValidId();
        RuleFor(c => c.OrganisationId).ValidId();
    }
}
