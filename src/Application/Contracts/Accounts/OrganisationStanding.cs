namespace Groupus.Contracts.Accounts;

/// <summary>What another module may know of an organisation's standing: that it exists, and whether it is closed.</summary>
public sealed record OrganisationStanding(Guid OrganisationId, bool IsClosed);
