using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Numbering;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Numbering.AssignNumberRange;

/// <summary>
/// Assigns <see cref="Count"/> consecutive numbers starting at <see cref="FirstNumber"/> (a block bought from a
/// carrier), all or nothing: if any of them is already assigned, none is.
/// </summary>
[AuthorizeRoles(StaffRole.Admin, StaffRole.Support)]
public sealed record AssignNumberRangeCommand(string OrganisationId, string FirstNumber, int Count, NumberPurpose? Purpose, string? Label)
    : ICommand<Result<AssignedRange>>
{
    public const int MaxCount = 10_000;
}
