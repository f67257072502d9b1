using Groupus.TestSupport.Grpc;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.Cli.Tests.Fakes;

/// <summary>A real Kestrel on 127.0.0.1 (a free port) serving fake implementations of the Groupus gRPC services.</summary>
public sealed class FakeGroupusServer : IAsyncDisposable
{
    private readonly LoopbackGrpcServer server;

    private FakeGroupusServer(LoopbackGrpcServer server, FakeBackend backend)
    {
        this.server = server;
        Backend = backend;
    }

    public FakeBackend Backend { get; }

    public string Address => server.Address;

    public static async Task<FakeGroupusServer> StartAsync()
    {
        var backend = new FakeBackend();
        var server = await LoopbackGrpcServer.StartAsync(
            services => services.AddSingleton(backend),
            app =>
            {
                app.MapGrpcService<FakeAuthService>();
                app.MapGrpcService<FakeStaffService>();
                app.MapGrpcService<FakeVisitorService>();
                app.MapGrpcService<FakeNotificationService>();
                app.MapGrpcService<FakeMailService>();
                app.MapGrpcService<FakeFaxService>();
                app.MapGrpcService<FakePrivacyService>();
            });
        return new FakeGroupusServer(server, backend);
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
