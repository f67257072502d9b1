using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Contracts.Customers;
using Mediator;

namespace Groupus.Application.Identity.CustomerUsers.ListCustomerUsers;

public sealed class ListCustomerUsersHandler(ICustomerUserRepository users, IOrganisationDirectory organisations, OrganisationScope scope, TimeProvider clock)
    : IQueryHandler<ListCustomerUsersQuery, Result<IReadOnlyList<CustomerUserDto>>>
{
    public async ValueTask<Result<IReadOnlyList<CustomerUserDto>>> Handle(ListCustomerUsersQuery query, CancellationToken cancellationToken)
    {
        var organisationId = scope.Resolve(query.OrganisationId);
        if (organisationId.Error is { } refused)
        {
            return refused;
        }

        if (await organisations.FindStandingAsync(organisationId.Value, cancellationToken) is null)
        {
            return OrganisationScope.NotFoundOrganisation;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return (await users.ListAsync(organisationId.Value, cancellationToken)).Select(u => CustomerUserDto.From(u, now)).ToList();
    }
}
