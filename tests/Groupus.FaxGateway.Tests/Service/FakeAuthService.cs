using Google.Protobuf.WellKnownTypes;
using Groupus.Api.Grpc.Auth.V1;
using Grpc.Core;

namespace Groupus.FaxGateway.Tests.Service;

internal sealed class FakeAuthService(FakeCoreHolder holder) : AuthService.AuthServiceBase
{
    public override Task<AuthenticateGatewayResponse> AuthenticateGateway(AuthenticateGatewayRequest request, ServerCallContext context)
    {
        if (!holder.Core.Available)
        {
            throw new RpcException(new Status(StatusCode.Unavailable, "core down"));
        }

        if (request.GatewayId != FakeCore.GatewayId || request.Secret != FakeCore.Secret)
        {
            throw new RpcException(new Status(StatusCode.Unauthenticated, "bad credential"));
        }

        return Task.FromResult(new AuthenticateGatewayResponse
        {
            AccessToken = "token-" + Guid.NewGuid().ToString("N"),
            ExpiresAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(15)),
        });
    }
}
