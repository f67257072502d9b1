using Groupus.Application.Customers.ServiceConfiguration;
using Groupus.Domain.Customers.ServiceConfiguration;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Customers.ServiceConfiguration;

internal sealed class ServiceConfigurationRepository(CustomersDbContext db) : IServiceConfigurationRepository
{
    private DbSet<OrganisationServiceConfiguration> Heads => db.Set<OrganisationServiceConfiguration>();

    private DbSet<ServiceConfigurationVersion> Versions => db.Set<ServiceConfigurationVersion>();

    public Task<OrganisationServiceConfiguration?> FindAsync(Guid organisationId, CancellationToken cancellationToken) =>
        Heads.FirstOrDefaultAsync(c => c.OrganisationId == organisationId, cancellationToken);

    public Task<ServiceConfigurationVersion?> GetVersionAsync(Guid organisationId, int version, CancellationToken cancellationToken)
    {
        var versions = Versions.AsNoTracking().Where(v => v.OrganisationId == organisationId);
        return version == 0
            ? versions.OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken)
            : versions.FirstOrDefaultAsync(v => v.Number == version, cancellationToken);
    }

    public async Task<IReadOnlyList<ServiceConfigurationVersion>> ListVersionsAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await Versions.AsNoTracking().Where(v => v.OrganisationId == organisationId).OrderByDescending(v => v.Number).ToListAsync(cancellationToken);

    public void Add(OrganisationServiceConfiguration configuration) => Heads.Add(configuration);

    public void AddVersion(ServiceConfigurationVersion version) => Versions.Add(version);
}
