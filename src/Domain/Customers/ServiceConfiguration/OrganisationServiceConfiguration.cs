using Groupus.Domain.Common;

namespace Groupus.Domain.Customers.ServiceConfiguration;

/// <summary>
/// The head of an organisation's versioned service configuration: which version is current. Each save writes a
/// new <see cref="ServiceConfigurationVersion"/>; the aggregate's concurrency token makes two saves racing from the
/// same base version end with one of them refused.
/// </summary>
public sealed class OrganisationServiceConfiguration : AggregateRoot
{
    private OrganisationServiceConfiguration()
    {
    }

    public Guid OrganisationId { get; private set; }

    /// <summary>0 before the first save.</summary>
    public int CurrentVersion { get; private set; }

    public DateTime? LastSavedAtUtc { get; private set; }

    public static OrganisationServiceConfiguration StartFor(Guid organisationId) => new()
    {
        Id = Guid.CreateVersion7(),
        OrganisationId = organisationId,
    };

    /// <summary>Writes the next version; <paramref name="baseVersion"/> is the version the editor started from (0 for none).</summary>
    public ServiceConfigurationVersion Save(
        ServiceConfigurationDocument document, int baseVersion, Guid savedById, string savedByUsername, DateTime nowUtc)
    {
        CheckRule(new SaveMustBuildOnTheCurrentVersionRule(baseVersion, CurrentVersion));
        CurrentVersion++;
        LastSavedAtUtc = nowUtc;
        MarkChanged();
        Raise(new ServiceConfigurationSaved(OrganisationId, CurrentVersion, nowUtc));
        return ServiceConfigurationVersion.Create(OrganisationId, CurrentVersion, document, savedById, savedByUsername, nowUtc);
    }
}
