namespace Groupus.Contracts.Privacy;

/// <summary>Personal data about a person changed (rectification, new contact details). Ids only.</summary>
public sealed record DataSubjectChanged(Guid SubjectId, DataSubjectKind Kind, Guid? OrganisationId, DateTime OccurredAtUtc) : IIntegrationEvent;
