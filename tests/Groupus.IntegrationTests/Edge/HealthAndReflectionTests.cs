using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;
using Groupus.IntegrationTests.Support;

namespace Groupus.IntegrationTests.Edge;

public sealed class HealthAndReflectionTests
{
    [Fact]
    public async Task The_health_service_reports_serving_without_credentials()
    {
        await using var server = await TestServer.StartAsync();
        var health = new Health.HealthClient(server.Channel);

        var reply = await Eventually.ValueAsync(
            async () => await health.CheckAsync(new HealthCheckRequest()),
            r => r.Status == HealthCheckResponse.Types.ServingStatus.Serving);

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
