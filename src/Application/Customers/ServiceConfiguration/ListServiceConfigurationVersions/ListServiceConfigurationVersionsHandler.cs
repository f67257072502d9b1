using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Customers.ServiceConfiguration.ListServiceConfigurationVersions;

public sealed class ListServiceConfigurationVersionsHandler(IServiceConfigurationRepository configurations, OrganisationScope scope)
    : IQueryHandler<ListServiceConfigurationVersionsQuery, Result<IReadOnlyList<ServiceConfigurationDto>>>
{
    public async ValueTask<Result<IReadOnlyList<ServiceConfigurationDto>>> Handle(ListServiceConfigurationVersionsQuery query, CancellationToken cancellationToken)
    {
        var organisationId = scope.Resolve(query.OrganisationId);
        if (organisationId.Error is { } refused)
        {
            return refused;
        }

        var versions = await configurations.ListVersionsAsync(organisationId.Value, cancellationToken);
        return versions.Select(ServiceConfigurationDto.From).ToList();
    }
}
