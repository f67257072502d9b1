using Groupus.Domain.Customers.ServiceConfiguration;

namespace Groupus.Application.Customers.ServiceConfiguration;

/// <summary>Organisations' versioned service configurations; a customer caller only ever sees their own organisation's.</summary>
public interface IServiceConfigurationRepository
{
    Task<OrganisationServiceConfiguration?> FindAsync(Guid organisationId, CancellationToken cancellationToken);

    /// <summary>A saved version; 0 means the current one.</summary>
    Task<ServiceConfigurationVersion?> GetVersionAsync(Guid organisationId, int version, CancellationToken cancellationToken);

    /// <summary>Every saved version, newest first.</summary>
    Task<IReadOnlyList<ServiceConfigurationVersion>> ListVersionsAsync(Guid organisationId, CancellationToken cancellationToken);

    void Add(OrganisationServiceConfiguration configuration);

    void AddVersion(ServiceConfigurationVersion version);
}
