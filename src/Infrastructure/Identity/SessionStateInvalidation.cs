using Groupus.Domain.Identity;
using Groupus.Infrastructure.Security;

namespace Groupus.Infrastructure.Identity;

/// <summary>
/// Once the identity module saves a staff member, customer user or gateway credential, their cached session state is
/// dropped (organisations: the customers module's OrganisationSessionInvalidation).
/// </summary>
internal sealed class SessionStateInvalidation(SessionStates sessions) : SessionStateForgetting(sessions)
{
    protected override (SessionSubject Subject, Guid Id)? SubjectOf(object entity) => entity switch
    {
        StaffMember staff => (SessionSubject.Staff, staff.Id),
        CustomerUser user => (SessionSubject.CustomerUser, user.Id),
        GatewayCredential gateway => (SessionSubject.Gateway, gateway.Id),
        _ => null,
    };
}
