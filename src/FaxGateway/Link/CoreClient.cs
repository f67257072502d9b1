using Groupus.Api.Grpc.Auth.V1;
using Groupus.Api.Grpc.Gateway.V1;
using Grpc.Net.Client;

namespace Groupus.FaxGateway.Link;

/// <summary>One HTTP/2 channel to the core, its gateway link and sign-in clients, and the token every call carries.</summary>
internal sealed class CoreClient : IDisposable
{
    private readonly GrpcChannel _channel;

    public CoreClient(CoreLinkOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _channel = GrpcChannel.ForAddress(options.Address, new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler
            {
                ConnectTimeout = TimeSpan.FromSeconds(10),
                // Notices a core (or a network path) that vanished without closing the connection.
                KeepAlivePingDelay = TimeSpan.FromSeconds(20),
                KeepAlivePingTimeout = TimeSpan.FromSeconds(10),
                KeepAlivePingPolicy = HttpKeepAlivePingPolicy.WithActiveRequests,
                EnableMultipleHttp2Connections = true,
            },
        });
        Link = new GatewayLinkService.GatewayLinkServiceClient(_channel);
        Tokens = new GatewayTokenSource(new AuthService.AuthServiceClient(_channel), options, time);
    }

    public GatewayLinkService.GatewayLinkServiceClient Link { get; }

    public GatewayTokenSource Tokens { get; }

    public void Dispose() => _channel.Dispose();
}
