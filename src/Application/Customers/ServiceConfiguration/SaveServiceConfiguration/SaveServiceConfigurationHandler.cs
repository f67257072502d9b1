using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Contracts.Identity;
using Groupus.Domain.Customers.ServiceConfiguration;
using Mediator;

namespace Groupus.Application.Customers.ServiceConfiguration.SaveServiceConfiguration;

public sealed class SaveServiceConfigurationHandler(
    IServiceConfigurationRepository configurations, IOrganisationRepository organisations, IStaffDirectory staff, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<SaveServiceConfigurationCommand, Result<ServiceConfigurationDto>>
{
    public async ValueTask<Result<ServiceConfigurationDto>> Handle(SaveServiceConfigurationCommand command, CancellationToken cancellationToken)
    {
        var organisationId = Guid.Parse(command.OrganisationId);
        if (await organisations.GetAsync(organisationId, cancellationToken) is null)
        {
            return OrganisationScope.NotFoundOrganisation;
        }

        var configuration = await configurations.FindAsync(organisationId, cancellationToken);
        if (configuration is null)
        {
            configuration = OrganisationServiceConfiguration.StartFor(organisationId);
            configurations.Add(configuration);
        }

        if (command.BaseVersion != configuration.CurrentVersion)
        {
            return Error.Concurrency();
        }

        var savedBy = caller.PrincipalId ?? Guid.Empty;
        var username = caller.StaffId is { } staffId ? (await staff.FindAsync(staffId, cancellationToken))?.Username : null;
        var version = configuration.Save(
            new ServiceConfigurationDocument(
                command.Products.Select(p => p with { ProductCode = p.ProductCode.Trim() }).ToList(),
                command.FeatureFlags.Select(f => f with { Name = f.Name.Trim() }).ToList()),
            command.BaseVersion,
            savedBy,
            username ?? "(system)",
            clock.GetUtcNow().UtcDateTime);
        configurations.AddVersion(version);
        return ServiceConfigurationDto.From(version);
    }
}
