using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Identity;
using Groupus.Domain.Common;

namespace Groupus.Application.Identity.CustomerUsers;

/// <summary>Finds a customer user the caller may manage; a user of another organisation is simply not found.</summary>
public sealed class CustomerUserAccess(ICustomerUserRepository users, OrganisationScope scope, ICurrentUser caller)
{
    public static readonly Error NotFoundUser = Error.NotFound("The user");

    public async Task<Result<CustomerUser>> FindAsync(string userId, CancellationToken cancellationToken)
    {
        var user = Guid.TryParse(userId, out var id) ? await users.GetAsync(id, cancellationToken) : null;
        return user is not null && scope.CanSee(user.OrganisationId) ? user : NotFoundUser;
    }

    /// <summary>Only an owner (or staff) may appoint or change an owner.</summary>
    public Error? CheckMayAssign(string role, CustomerUser? existing = null) =>
        caller.Kind == PrincipalKind.Customer
        && !caller.Roles.Contains(OrganisationRole.Owner)
        && (role == OrganisationRole.Owner || existing?.Role == OrganisationRole.Owner)
            ? Error.Forbidden("Only an owner of the organisation may appoint or change an owner.")
            : null;

    /// <summary>Resetting an owner's password is taking the organisation over: only an owner (or staff) may.</summary>
    public Error? CheckMayReset(CustomerUser user) =>
        caller.Kind == PrincipalKind.Customer
        && !caller.Roles.Contains(OrganisationRole.Owner)
        && user.Role == OrganisationRole.Owner
            ? Error.Forbidden("Only an owner of the organisation may reset an owner's password.")
            : null;
}
