using Groupus.Domain.Customers;
using Groupus.Infrastructure.Security;

namespace Groupus.Infrastructure.Customers;

/// <summary>
/// Once the customers module saves an organisation, its cached session state is dropped, so a suspension or a closure
/// ends its users' sessions on their next call.
/// </summary>
internal sealed class OrganisationSessionInvalidation(SessionStates sessions) : SessionStateForgetting(sessions)
{
    protected override (SessionSubject Subject, Guid Id)? SubjectOf(object entity) =>
        entity is Organisation organisation ? (SessionSubject.Organisation, organisation.Id) : null;
}
