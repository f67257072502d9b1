using Groupus.Contracts.Privacy;

namespace Groupus.Application.Privacy.FindSubjects;

/// <summary>The subjects found with their holdings, and data held under the identifier only (not tied to an enrolled subject).</summary>
public sealed record SubjectSearchResult(IReadOnlyList<SubjectMatch> Matches, IReadOnlyList<PersonalDataHolding> UnenrolledHoldings);
