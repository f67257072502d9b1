using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Identity;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Identity.SignInAudit.ListSignInEvents;

/// <summary>The sign-in audit for a period, newest first, optionally for one account.</summary>
[AuthorizeRoles(StaffRole.Admin)]
public sealed record ListSignInEventsQuery(DateTime? From, DateTime? To, string? AccountId, int Limit) : IQuery<Result<IReadOnlyList<SignInEvent>>>
{
    public const int DefaultLimit = 200;
    public const int MaxLimit = 5000;
}
