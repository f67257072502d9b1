namespace Groupus.Contracts.Privacy;

/// <summary>
/// The person a request is about, as providers are given it: the subject id (for data the module enrolled) and the
/// identifiers the request named (for data the module keeps under an identifier only, such as the numbers on a fax).
/// </summary>
public sealed record SubjectLookup(Guid SubjectId, IReadOnlyList<SubjectIdentifier> Identifiers);
