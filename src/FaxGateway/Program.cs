using Groupus.FaxGateway;

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddHostedService<GatewayWorker>();
await builder.Build().RunAsync();
