using Groupus.Domain.Common;

namespace Groupus.Domain.Customers.ServiceConfiguration;

/// <summary>One saved version of an organisation's service configuration. Never changed once written.</summary>
public sealed class ServiceConfigurationVersion : Entity
{
    private ServiceConfigurationVersion()
    {
    }

    public Guid OrganisationId { get; private init; }

    /// <summary>1 for the first save, then 2, 3…</summary>
    public int Number { get; private init; }

    [PersonalData(PersonalDataCategory.ServiceConfiguration)]
    public ServiceConfigurationDocument Document { get; private init; } = new([], []);

    /// <summary>The staff member or customer user who saved it.</summary>
    public Guid SavedById { get; private init; }

    /// <summary>Their username at the time, so the history reads without joining across account kinds.</summary>
    [PersonalData(PersonalDataCategory.Identification)]
    public string SavedByUsername { get; private init; } = "";

    public DateTime SavedAtUtc { get; private init; }

    internal static ServiceConfigurationVersion Create(
        Guid organisationId, int number, ServiceConfigurationDocument document, Guid savedById, string savedByUsername, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        OrganisationId = organisationId,
        Number = number,
        Document = document,
        SavedById = savedById,
        SavedByUsername = savedByUsername,
        SavedAtUtc = nowUtc,
    };
}
