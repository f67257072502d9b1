using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Identity.Gateways.ListGatewayCredentials;

public sealed class ListGatewayCredentialsHandler(IGatewayCredentialRepository credentials)
    : IQueryHandler<ListGatewayCredentialsQuery, Result<IReadOnlyList<GatewayCredentialDto>>>
{
    public async ValueTask<Result<IReadOnlyList<GatewayCredentialDto>>> Handle(ListGatewayCredentialsQuery query, CancellationToken cancellationToken) =>
        (await credentials.ListAsync(cancellationToken)).Select(GatewayCredentialDto.From).ToList();
}
