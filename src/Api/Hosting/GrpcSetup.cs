using Groupus.Api.Grpc.Errors;
using Groupus.Api.Grpc.Requests;
using Grpc.AspNetCore.HealthChecks;
using Groupus.Api.Customers;
using Groupus.Api.Identity;
using Groupus.Api.Partners;
using Groupus.Api.Sales;
using Groupus.Api.Numbering;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Groupus.Api.Communications;
using Groupus.Api.Fax;
using Groupus.Api.Privacy;
using Groupus.Api.Visitors;
using Groupus.Infrastructure.Persistence;

namespace Groupus.Api.Hosting;

public static class GrpcSetup
{
    public static IServiceCollection AddGroupusGrpc(this IServiceCollection services)
    {
        services.AddGrpc(options =>
        {
            options.Interceptors.Add<ErrorMappingInterceptor>();
            options.EnableDetailedErrors = false;
            options.MaxReceiveMessageSize = 4 * 1024 * 1024;
        });
        services.AddGrpcReflection();
        services.AddScoped<FreshScopeSender>();
        services.AddGrpcHealthChecks().AddCheck<ModuleDatabasesHealthCheck>("database");
        // Health calls read the last published result instead of opening a database connection each time.
        services.Configure<GrpcHealthChecksOptions>(options => options.UseHealthChecksCache = true);
        services.Configure<HealthCheckPublisherOptions>(options =>
        {
            options.Delay = TimeSpan.Zero;
            options.Period = TimeSpan.FromSeconds(10);
        });
        services.AddHostedService<InitialHealthReport>();
        return services.CheckRequestMessages();
    }

    public static WebApplication MapGroupusGrpc(this WebApplication app)
    {
        app.MapGrpcService<AuthGrpcService>();
        app.MapGrpcService<StaffGrpcService>();
        app.MapGrpcService<OrganisationGrpcService>();
        app.MapGrpcService<CustomerUserGrpcService>();
        app.MapGrpcService<GatewayCredentialGrpcService>();
        app.MapGrpcService<NumberGrpcService>();
        app.MapGrpcService<ServiceConfigurationGrpcService>();
        app.MapGrpcService<GatewayLinkGrpcService>();
        app.MapGrpcService<FaxGrpcService>();
        app.MapGrpcService<SignInAuditGrpcService>();
        app.MapGrpcService<ProspectGrpcService>();
        app.MapGrpcService<MarketingGrpcService>();
        app.MapGrpcService<ResellerGrpcService>();
        app.MapGrpcService<VisitorGrpcService>();
        app.MapGrpcService<NotificationGrpcService>();
        app.MapGrpcService<MailGrpcService>();
        app.MapGrpcService<PrivacyGrpcService>();
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        return app;
    }
}
