using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Accounts.CustomerUsers.ListCustomerUsers;

public sealed class ListCustomerUsersHandler(ICustomerUserRepository users, IOrganisationRepository organisations, OrganisationScope scope, TimeProvider clock)
    : IQueryHandler<ListCustomerUsersQuery, Result<IReadOnlyList<CustomerUserDto>>>
{
    public async ValueTask<Result<IReadOnlyList<CustomerUserDto>>> Handle(ListCustomerUsersQuery query, CancellationToken cancellationToken)
    {
        var organisationId = scope.Resolve(query.OrganisationId);
        if (organisationId.Error is { } refused)
        {
            return refused;
        }

        if (await organisations.GetAsync(organisationId.Value, cancellationToken) is null)
        {
            return OrganisationScope.NotFoundOrganisation;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return (await users.ListAsync(organisationId.Value, cancellationToken)).Select(u => CustomerUserDto.From(u, now)).ToList();
    }
}
