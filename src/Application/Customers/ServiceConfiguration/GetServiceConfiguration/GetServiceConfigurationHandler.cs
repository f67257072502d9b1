using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Customers.ServiceConfiguration.GetServiceConfiguration;

public sealed class GetServiceConfigurationHandler(IServiceConfigurationRepository configurations, OrganisationScope scope)
    : IQueryHandler<GetServiceConfigurationQuery, Result<ServiceConfigurationDto>>
{
    public async ValueTask<Result<ServiceConfigurationDto>> Handle(GetServiceConfigurationQuery query, CancellationToken cancellationToken)
    {
        var organisationId = scope.Resolve(query.OrganisationId);
        if (organisationId.Error is { } refused)
        {
            return refused;
        }

        var version = await configurations.GetVersionAsync(organisationId.Value, query.Version, cancellationToken);
        return version is null
            ? Error.NotFound(query.Version == 0 ? "A saved service configuration" : $"Version {query.Version} of the service configuration")
            : ServiceConfigurationDto.From(version);
    }
}
