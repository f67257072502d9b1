using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Auth.V1;
using Groupus.Api.Grpc.Gateway.V1;
using Groupus.Api.Grpc.Visitors.V1;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Accounts;

public sealed class GatewayCredentialTests
{
    [Fact]
    public async Task A_gateway_authenticates_with_its_secret_reaches_only_the_gateway_link_and_is_shut_out_once_revoked()
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.AdminAsync();
        var credentials = new GatewayCredentialService.GatewayCredentialServiceClient(server.Channel);
        var auth = new AuthService.AuthServiceClient(server.Channel);
        var issued = await credentials.IssueGatewayCredentialAsync(new IssueGatewayCredentialRequest { Name = "london-gw-1" }, admin.Headers);

        var token = await auth.AuthenticateGatewayAsync(new AuthenticateGatewayRequest { GatewayId = issued.Credential.Id, Secret = issued.Secret });
        var gateway = new Metadata { { "authorization", $"Bearer {token.AccessToken}" } };
        var hello = await new GatewayLinkService.GatewayLinkServiceClient(server.Channel).HelloAsync(new HelloRequest(), gateway);
        var elsewhere = await RpcFailure.Of(() => new VisitorService.VisitorServiceClient(server.Channel).ListOnSiteAsync(new ListOnSiteRequest(), gateway));
        var staffOnLink = await RpcFailure.Of(() => new GatewayLinkService.GatewayLinkServiceClient(server.Channel).HelloAsync(new HelloRequest(), admin.Headers));

        Assert.Equal("london-gw-1", hello.Name);
        Assert.Equal(StatusCode.PermissionDenied, elsewhere.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, staffOnLink.StatusCode);

        await credentials.RevokeGatewayCredentialAsync(new RevokeGatewayCredentialRequest { GatewayId = issued.Credential.Id }, admin.Headers);
        var again = await RpcFailure.Of(() => auth.AuthenticateGatewayAsync(new AuthenticateGatewayRequest { GatewayId = issued.Credential.Id, Secret = issued.Secret }));
        var stillConnected = await RpcFailure.Of(() => new GatewayLinkService.GatewayLinkServiceClient(server.Channel).HelloAsync(new HelloRequest(), gateway));

        Assert.Equal(StatusCode.Unauthenticated, again.StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, stillConnected.StatusCode);
        Assert.DoesNotContain(server.Logs.Lines, line => line.Contains(issued.Secret, StringComparison.Ordinal));
        var listed = await credentials.ListGatewayCredentialsAsync(new ListGatewayCredentialsRequest(), admin.Headers);
        Assert.NotNull(Assert.Single(listed.Credentials).RevokedAt);
    }

    [Fact]
    public async Task A_wrong_secret_is_refused()
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.AdminAsync();
        var issued = await new GatewayCredentialService.GatewayCredentialServiceClient(server.Channel)
            .IssueGatewayCredentialAsync(new IssueGatewayCredentialRequest { Name = "gw" }, admin.Headers);

        var failure = await RpcFailure.Of(() => new AuthService.AuthServiceClient(server.Channel)
            .AuthenticateGatewayAsync(new AuthenticateGatewayRequest { GatewayId = issued.Credential.Id, Secret = "not the secret" }));

        Assert.Equal(StatusCode.Unauthenticated, failure.StatusCode);
    }
}
