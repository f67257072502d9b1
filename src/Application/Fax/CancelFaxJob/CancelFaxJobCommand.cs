using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Fax.CancelFaxJob;

/// <summary>Stops a job; a member may cancel only what they submitted. A job on a line hangs up after the current page.</summary>
[OrganisationMemberOrStaff([OrganisationRole.Owner, OrganisationRole.Admin, OrganisationRole.Member], StaffRole.Admin, StaffRole.FaxOperator)]
public sealed record CancelFaxJobCommand(string JobId) : ICommand<Result<FaxJobDto>>;
