using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Customers.ServiceConfiguration.GetServiceConfiguration;

public sealed class GetServiceConfigurationValidator : RequestValidator<GetServiceConfigurationQuery>
{
    public GetServiceConfigurationValidator() =>
        RuleFor(q => q.Version).GreaterThanOrEqualTo(0).WithMessage("must not be negative (0 for the current version)");
}
