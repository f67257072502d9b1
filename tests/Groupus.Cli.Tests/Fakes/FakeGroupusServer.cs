using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Groupus.Cli.Tests.Fakes;

/// <summary>A real Kestrel on 127.0.0.1 (a free port) serving fake implementations of the Groupus gRPC services.</summary>
public sealed class FakeGroupusServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeGroupusServer(WebApplication app, FakeBackend backend, string address)
    {
        this.app = app;
        Backend = backend;
        Address = address;
    }

    public FakeBackend Backend { get; }

    public string Address { get; }

    public static async Task<FakeGroupusServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        var backend = new FakeBackend();
        builder.Services.AddSingleton(backend);
        builder.Services.AddGrpc();

        var app = builder.Build();
        app.MapGrpcService<FakeAuthService>();
        app.MapGrpcService<FakeStaffService>();
        app.MapGrpcService<FakeVisitorService>();
        app.MapGrpcService<FakeNotificationService>();
        app.MapGrpcService<FakeFaxService>();
        app.MapGrpcService<FakePrivacyService>();
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new FakeGroupusServer(app, backend, address);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
