using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Identity.CustomerUsers.IssuePasswordResetToken;

/// <summary>Creates a single-use, expiring token the user redeems to choose a new password (handed over out of band).</summary>
[OrganisationMemberOrStaff([OrganisationRole.Owner, OrganisationRole.Admin], StaffRole.Admin, StaffRole.Support)]
public sealed record IssuePasswordResetTokenCommand(string UserId) : ICommand<Result<PasswordResetToken>>;
