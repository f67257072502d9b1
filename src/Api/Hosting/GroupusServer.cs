using Groupus.Api.Security;
using Groupus.Application.Fax.Telemetry;
using Groupus.Hosting.Defaults;
using Groupus.Infrastructure;
using Groupus.Infrastructure.Persistence;

namespace Groupus.Api.Hosting;

/// <summary>The composition root: what the server is made of, in the order requests meet it.</summary>
public static class GroupusServer
{
    /// <param name="customise">Runs first: logging, configuration, services the real ones may replace.</param>
    /// <param name="overrides">Runs after every real registration: the place to replace or decorate one (tests).</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? customise = null, Action<IServiceCollection>? overrides = null)
    {
        // The content root is where appsettings.json ships, whatever directory the server is started from.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        customise?.Invoke(builder);
        PlaintextEndpointGuard.Check(builder.Configuration);

        builder.Services.AddGroupusInfrastructure(builder.Configuration);
        builder.Services.AddGroupusMediator();
        builder.Services.AddGroupusAuthentication();
        builder.Services.AddGroupusGrpc();
        builder.Services.AddGroupusTelemetry(builder.Configuration, "groupus-api", [FaxMetrics.MeterName, DatabaseCommandTiming.MeterName]);
        overrides?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseGroupusRequestMetrics();
        app.UseAuthentication();
        app.UseMiddleware<CurrentUserMiddleware>();
        app.MapGroupusGrpc();
        return app;
    }
}
