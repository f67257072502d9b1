namespace Groupus.Contracts.Privacy;

/// <summary>A module (identity, sales, partners) now holds personal data about a new person. Carries ids only, never the data.</summary>
public sealed record DataSubjectRegistered(Guid SubjectId, DataSubjectKind Kind, Guid? OrganisationId, DateTime OccurredAtUtc) : IIntegrationEvent;
