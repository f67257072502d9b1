using Groupus.Domain.Common;

namespace Groupus.Domain.Customers;

/// <summary>prospect → active → suspended ⇄ active → closed; a closed organisation stays closed.</summary>
public sealed class OrganisationStatusChangeMustBeAllowedRule(OrganisationStatus from, OrganisationStatus to) : IBusinessRule
{
    private static readonly Dictionary<OrganisationStatus, OrganisationStatus[]> Allowed = new()
    {
        [OrganisationStatus.Prospect] = [OrganisationStatus.Active, OrganisationStatus.Closed],
        [OrganisationStatus.Active] = [OrganisationStatus.Suspended, OrganisationStatus.Closed],
        [OrganisationStatus.Suspended] = [OrganisationStatus.Active, OrganisationStatus.Closed],
        [OrganisationStatus.Closed] = [],
    };

    public string Code => "ORGANISATION_STATUS_CHANGE_NOT_ALLOWED";

    public string Message => $"An organisation cannot go from {from} to {to}.";

    public bool IsBroken() => !Allowed[from].Contains(to);
}
