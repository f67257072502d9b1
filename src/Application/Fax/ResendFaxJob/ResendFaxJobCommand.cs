using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Fax.ResendFaxJob;

/// <summary>Queues the same pages again, to the same number or to <see cref="To"/>.</summary>
[OrganisationMemberOrStaff([OrganisationRole.Owner, OrganisationRole.Admin, OrganisationRole.Member], StaffRole.Admin, StaffRole.FaxOperator)]
public sealed record ResendFaxJobCommand(string JobId, string? To) : ICommand<Result<FaxJobDto>>;
