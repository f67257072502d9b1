using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Application.Privacy.Requests;
using Groupus.Domain.Common;
using Groupus.Domain.Privacy.Requests;
using Mediator;

namespace Groupus.Application.Privacy.CreateRequest;

/// <summary>
/// Records a data-subject request for a subject found first, and any further subjects the privacy officer confirmed
/// are the same person (<see cref="AlsoSubjectIds"/>: the register never joins people on a shared phone or a name). When one of the same type is already active for the
/// subject, this submission is recorded as a duplicate linked to it and the active request comes back instead.
/// </summary>
[AuthorizeRoles(StaffRole.PrivacyOfficer, StaffRole.Admin)]
public sealed record CreateRequestCommand(
    string SubjectId,
    DataSubjectRequestType Type,
    DateTime? ReceivedAtUtc,
    string Channel,
    SubjectQueryInput? NamedAs,
    IReadOnlyDictionary<string, string> Corrections,
    IReadOnlyList<string> Purposes,
    string? Notes,
    IReadOnlyList<string>? AlsoSubjectIds = null) : ICommand<Result<CreatedRequest>>
{
    public override string ToString() => $"CreateRequestCommand({Type}, redacted)";
}
