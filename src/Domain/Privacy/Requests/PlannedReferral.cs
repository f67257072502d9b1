namespace Groupus.Domain.Privacy.Requests;

/// <summary>Data a customer organisation controls, found while planning a request: referred to that organisation.</summary>
public sealed record PlannedReferral(Guid OrganisationId, string Module, string RecordType, int RecordCount);
