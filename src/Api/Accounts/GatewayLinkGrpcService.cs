using Groupus.Api.Grpc.Errors;
using Groupus.Api.Grpc.Gateway.V1;
using Groupus.Api.Grpc.Mapping;
using Groupus.Application.Accounts.Gateways.GatewayHello;
using Grpc.Core;
using Mediator;

namespace Groupus.Api.Accounts;

/// <summary>The gateway link (jobs, progress and received faxes join it with the fax service issue).</summary>
public sealed class GatewayLinkGrpcService(ISender sender) : GatewayLinkService.GatewayLinkServiceBase
{
    public override async Task<HelloResponse> Hello(HelloRequest request, ServerCallContext context)
    {
        var greeting = (await sender.Send(new GatewayHelloQuery(), context.CancellationToken)).OrThrow();
        return new HelloResponse { GatewayId = greeting.GatewayId.ToString(), Name = greeting.Name, ServerTime = greeting.ServerTimeUtc.ToTimestamp() };
    }
}
