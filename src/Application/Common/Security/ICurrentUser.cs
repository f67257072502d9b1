namespace Groupus.Application.Common.Security;

/// <summary>Who is asking: a member of staff, a customer's user, a gateway, the system itself, or nobody.</summary>
public interface ICurrentUser
{
    PrincipalKind Kind { get; }

    bool IsAuthenticated => Kind != PrincipalKind.None;

    /// <summary>Background work inside the server; allowed everything a use case permits to the system.</summary>
    bool IsSystem => Kind == PrincipalKind.System;

    /// <summary>The staff member's, customer user's or gateway credential's id.</summary>
    Guid? PrincipalId { get; }

    Guid? StaffId => Kind == PrincipalKind.Staff ? PrincipalId : null;

    /// <summary>For customer users: the one organisation whose data they may see.</summary>
    Guid? OrganisationId { get; }

    /// <summary>Staff roles for staff; the organisation role (owner, admin, member) for customer users.</summary>
    IReadOnlyCollection<string> Roles { get; }

    /// <summary>Why a presented credential was refused (expired, malformed, bad signature), when one was presented.</summary>
    string? AuthenticationFailure { get; }
}
