using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Sales.Prospects;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Sales.Prospects.FollowUpProspect;

/// <summary>
/// Records sales' follow-up: a move along new → contacted → qualified → converted (or lost, with a reason), or a note
/// with the status unchanged. Converting may register the prospect's company as an organisation (status prospect).
/// </summary>
[AuthorizeRoles(StaffRole.Admin, StaffRole.Support)]
public sealed record FollowUpProspectCommand(
    string ProspectId, ProspectStatus? Status, string? Note, string? LostReason, bool RegisterOrganisation, long? ExpectedVersion)
    : ICommand<Result<ProspectDto>>;
