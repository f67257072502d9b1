using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Application.Privacy.Requests;
using Groupus.Domain.Common;
using Groupus.Domain.Privacy.Requests;
using Mediator;

namespace Groupus.Application.Privacy.CreateRequest;

/// <summary>
/// Records a data-subject request for a subject found first. When one of the same type is already active for the
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
    string? Notes) : ICommand<Result<CreatedRequest>>
{
    public override string ToString() => $"CreateRequestCommand({Type}, redacted)";
}
