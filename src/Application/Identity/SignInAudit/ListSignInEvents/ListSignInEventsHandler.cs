using Groupus.Application.Identity.Passwords;
using Groupus.Application.Common.Results;
using Groupus.Domain.Identity;
using Mediator;

namespace Groupus.Application.Identity.SignInAudit.ListSignInEvents;

public sealed class ListSignInEventsHandler(ISignInAudit audit) : IQueryHandler<ListSignInEventsQuery, Result<IReadOnlyList<SignInEvent>>>
{
    public async ValueTask<Result<IReadOnlyList<SignInEvent>>> Handle(ListSignInEventsQuery query, CancellationToken cancellationToken) =>
        Result<IReadOnlyList<SignInEvent>>.Success(await audit.ListAsync(
            query.From!.Value,
            query.To!.Value,
            query.AccountId is null ? null : Guid.Parse(query.AccountId),
            query.Limit == 0 ? ListSignInEventsQuery.DefaultLimit : query.Limit,
            cancellationToken));
}
