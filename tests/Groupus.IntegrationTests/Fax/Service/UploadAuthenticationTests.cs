using Google.Protobuf;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.Api.Grpc.Gateway.V1;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Fax.Service;

/// <summary>
/// Uploads are authenticated from their headers before the server reads the body: a stranger streaming megabytes is
/// answered after at most the first message, not buffered to the end and refused there.
/// </summary>
public sealed class UploadAuthenticationTests
{
    private const string UploadFax = "/groupus.fax.v1.FaxService/UploadFax";
    private const string UploadReceivedFax = "/groupus.gateway.v1.GatewayLinkService/UploadReceivedFax";
    private const int Chunks = 160;
    private static readonly ByteString Chunk = ByteString.CopyFrom(new byte[64 * 1024]);

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer not.a.token")]
    public async Task An_anonymous_fax_upload_is_refused_before_its_body_is_read(string? authorization)
    {
        var counter = new StreamReadCounter();
        await using var server = await TestServer.StartWithAsync(counter.Install);
        var fax = new FaxService.FaxServiceClient(server.Channel);

        var status = await UploadAsync(
            fax.UploadFax(Headers(authorization), deadline: DateTime.UtcNow.AddMinutes(2)),
            new UploadFaxRequest { Header = new SubmitFaxRequest { To = "020 7946 0123" } },
            () => new UploadFaxRequest { Chunk = Chunk });

        Assert.Equal(StatusCode.Unauthenticated, status);
        Assert.InRange(counter.ReadsOf(UploadFax), 0, 1);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer not.a.token")]
    public async Task An_anonymous_received_fax_upload_is_refused_before_its_body_is_read(string? authorization)
    {
        var counter = new StreamReadCounter();
        await using var server = await TestServer.StartWithAsync(counter.Install);
        var link = new GatewayLinkService.GatewayLinkServiceClient(server.Channel);

        var status = await UploadAsync(
            link.UploadReceivedFax(Headers(authorization), deadline: DateTime.UtcNow.AddMinutes(2)),
            new ReceivedFaxUpload { Header = new ReceivedFaxHeader { IdempotencyKey = Guid.NewGuid().ToString(), LineId = "l1", PageCount = 1 } },
            () => new ReceivedFaxUpload { Chunk = Chunk });

        Assert.Equal(StatusCode.Unauthenticated, status);
        Assert.InRange(counter.ReadsOf(UploadReceivedFax), 0, 1);
    }

    [Fact]
    public async Task A_customer_cannot_make_the_server_read_a_received_fax_upload()
    {
        var counter = new StreamReadCounter();
        await using var server = await TestServer.StartWithAsync(counter.Install);
        var admin = await server.AdminAsync();
        var customer = await CustomerOrganisations.WithSignedInUserAsync(server, admin, "Acme Ltd", "olive");
        var link = new GatewayLinkService.GatewayLinkServiceClient(server.Channel);

        var status = await UploadAsync(
            link.UploadReceivedFax(customer.Headers, deadline: DateTime.UtcNow.AddMinutes(2)),
            new ReceivedFaxUpload { Header = new ReceivedFaxHeader { IdempotencyKey = Guid.NewGuid().ToString(), LineId = "l1", PageCount = 1 } },
            () => new ReceivedFaxUpload { Chunk = Chunk });

        Assert.Equal(StatusCode.PermissionDenied, status);
        Assert.InRange(counter.ReadsOf(UploadReceivedFax), 0, 1);
    }

    [Fact]
    public async Task A_revoked_gateway_is_refused_before_its_upload_is_read()
    {
        var counter = new StreamReadCounter();
        await using var server = await TestServer.StartWithAsync(counter.Install);
        var admin = await server.AdminAsync();
        var gateway = await FakeGateway.SignInAsync(server, admin, "gw-revoked");
        await new GatewayCredentialService.GatewayCredentialServiceClient(server.Channel)
            .RevokeGatewayCredentialAsync(new RevokeGatewayCredentialRequest { GatewayId = gateway.GatewayId }, admin.Headers);

        var status = await UploadAsync(
            gateway.Client.UploadReceivedFax(gateway.Headers, deadline: DateTime.UtcNow.AddMinutes(2)),
            new ReceivedFaxUpload { Header = new ReceivedFaxHeader { IdempotencyKey = Guid.NewGuid().ToString(), LineId = "l1", PageCount = 1 } },
            () => new ReceivedFaxUpload { Chunk = Chunk });

        Assert.Equal(StatusCode.Unauthenticated, status);
        Assert.InRange(counter.ReadsOf(UploadReceivedFax), 0, 1);
    }

    private static Metadata Headers(string? authorization) => authorization is null ? [] : new Metadata { { "authorization", authorization } };

    /// <summary>Streams the header and ten megabytes of chunks while waiting for the answer; returns its status.</summary>
    private static async Task<StatusCode> UploadAsync<TRequest, TResponse>(
        AsyncClientStreamingCall<TRequest, TResponse> call, TRequest header, Func<TRequest> chunk)
    {
        using (call)
        {
            var writing = Task.Run(async () =>
            {
                try
                {
                    await call.RequestStream.WriteAsync(header);
                    for (var i = 0; i < Chunks; i++)
                    {
                        await call.RequestStream.WriteAsync(chunk());
                    }

                    await call.RequestStream.CompleteAsync();
                }
                catch (Exception exception) when (exception is RpcException or InvalidOperationException or IOException or ObjectDisposedException
                                                  or OperationCanceledException)
                {
                    // The server answered (and ended the call) while we were still writing: what this test hopes for.
                }
            });
            try
            {
                await call.ResponseAsync;
                return StatusCode.OK;
            }
            catch (RpcException exception)
            {
                return exception.StatusCode;
            }
            finally
            {
                call.Dispose();
                await writing;
            }
        }
    }
}
