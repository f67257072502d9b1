using Groupus.Api.Security;
using Groupus.Infrastructure;

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
        overrides?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseAuthentication();
        app.UseMiddleware<CurrentUserMiddleware>();
        app.MapGroupusGrpc();
        return app;
    }
}
