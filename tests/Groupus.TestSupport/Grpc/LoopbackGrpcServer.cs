using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Groupus.TestSupport.Grpc;

/// <summary>
/// A real Kestrel on 127.0.0.1 (a free port, HTTP/2 without TLS) serving the gRPC services a test fakes: the fake core
/// of the gateway's tests, the fake Groupus server of the CLI's. The test project compiles the protos as a server and
/// says which services to map; this host knows none of them.
/// </summary>
public sealed class LoopbackGrpcServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackGrpcServer(WebApplication app, string address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>e.g. http://127.0.0.1:41234</summary>
    public string Address { get; }

    public IServiceProvider Services => _app.Services;

    /// <param name="services">Registers what the fake services need (their shared state).</param>
    /// <param name="map">Maps the fake services (<c>app.MapGrpcService&lt;T&gt;()</c>).</param>
    public static async Task<LoopbackGrpcServer> StartAsync(Action<IServiceCollection> services, Action<WebApplication> map)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(map);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Logging.ClearProviders();
        builder.Services.AddGrpc();
        services(builder.Services);
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new LoopbackGrpcServer(app, address);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
