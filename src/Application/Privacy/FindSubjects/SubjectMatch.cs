using Groupus.Contracts.Privacy;

namespace Groupus.Application.Privacy.FindSubjects;

/// <summary>
/// A subject the identifier names, with what matched: a strong identifier (e-mail, customer user id) names this one
/// person; a shared one (phone, name and company) only makes them a candidate, for the privacy officer to confirm.
/// </summary>
public sealed record SubjectMatch(Guid SubjectId, IReadOnlyList<PersonalDataHolding> Holdings, SubjectIdentifierKind MatchedBy, bool StrongMatch);
