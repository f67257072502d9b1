using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Errors;
using Groupus.Api.Grpc.Mapping;
using Groupus.Application.Identity.Gateways;
using Groupus.Application.Identity.Gateways.IssueGatewayCredential;
using Groupus.Application.Identity.Gateways.ListGatewayCredentials;
using Groupus.Application.Identity.Gateways.RevokeGatewayCredential;
using Grpc.Core;
using Mediator;

namespace Groupus.Api.Identity;

public sealed class GatewayCredentialGrpcService(ISender sender) : GatewayCredentialService.GatewayCredentialServiceBase
{
    public override async Task<IssueGatewayCredentialResponse> IssueGatewayCredential(IssueGatewayCredentialRequest request, ServerCallContext context)
    {
        var issued = (await sender.Send(new IssueGatewayCredentialCommand(request.Name), context.CancellationToken)).OrThrow();
        return new IssueGatewayCredentialResponse { Credential = ToProto(issued.Credential), Secret = issued.Secret };
    }

    public override async Task<GatewayCredential> RevokeGatewayCredential(RevokeGatewayCredentialRequest request, ServerCallContext context) =>
        ToProto((await sender.Send(new RevokeGatewayCredentialCommand(request.GatewayId), context.CancellationToken)).OrThrow());

    public override async Task<ListGatewayCredentialsResponse> ListGatewayCredentials(ListGatewayCredentialsRequest request, ServerCallContext context)
    {
        var credentials = (await sender.Send(new ListGatewayCredentialsQuery(), context.CancellationToken)).OrThrow();
        return new ListGatewayCredentialsResponse { Credentials = { credentials.Select(ToProto) } };
    }

    private static GatewayCredential ToProto(GatewayCredentialDto credential) => new()
    {
        Id = credential.Id.ToString(),
        Name = credential.Name,
        CreatedAt = credential.CreatedAtUtc.ToTimestamp(),
        RevokedAt = credential.RevokedAtUtc.ToTimestamp(),
        LastAuthenticatedAt = credential.LastAuthenticatedAtUtc.ToTimestamp(),
    };
}
