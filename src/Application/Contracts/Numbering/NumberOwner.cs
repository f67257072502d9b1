namespace Groupus.Contracts.Numbering;

/// <summary>Who holds a number and what it is for.</summary>
public sealed record NumberOwner(Guid NumberId, Guid OrganisationId, NumberUse Use);
