using Groupus.EchoServer;
using Grpc.AspNetCore.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

// Configured as the Api's health service is (GrpcSetup): the answer comes from the publisher's cached result.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureEndpointDefaults(listen => listen.Protocols = Microsoft.AspNetCore.Server.Kestrel.Core.HttpProtocols.Http2));
builder.Services.AddGrpc();
builder.Services.AddGrpcHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy());
builder.Services.Configure<GrpcHealthChecksOptions>(options => options.UseHealthChecksCache = true);
builder.Services.Configure<HealthCheckPublisherOptions>(options =>
{
    options.Delay = TimeSpan.Zero;
    options.Period = TimeSpan.FromSeconds(10);
});

var app = builder.Build();
app.MapGrpcService<EchoService>();
app.MapGrpcHealthChecksService();
app.Run();
