using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;
using Groupus.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Groupus.IntegrationTests.Edge;

public sealed class HealthAndReflectionTests
{
    // The first call, with no retry, and the periodic publisher held back as on a busy machine: a probe that arrives as
    // soon as the server listens gets SERVING, never NotFound.
    [Fact]
    public async Task The_health_service_reports_serving_without_credentials_from_the_first_call()
    {
        await using var server = await TestServer.StartWithAsync(services =>
            services.Configure<HealthCheckPublisherOptions>(options => options.Delay = TimeSpan.FromMinutes(10)));
        var health = new Health.HealthClient(server.Channel);

        var reply = await health.CheckAsync(new HealthCheckRequest());

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, reply.Status);
    }

    [Fact]
    public async Task Server_reflection_lists_the_groupus_services()
    {
        await using var server = await TestServer.StartAsync();
        var reflection = new ServerReflection.ServerReflectionClient(server.Channel);
        using var call = reflection.ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));

        var services = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();

        Assert.Contains("groupus.visitors.v1.VisitorService", services);
        Assert.Contains("groupus.auth.v1.AuthService", services);
        Assert.Contains("grpc.health.v1.Health", services);
    }
}
