using Groupus.Contracts.Privacy;

namespace Groupus.Application.Privacy.FindSubjects;

public sealed record SubjectMatch(Guid SubjectId, IReadOnlyList<PersonalDataHolding> Holdings);
