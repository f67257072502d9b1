using Groupus.Application.Common.Content;
using Groupus.Application.Common.Messaging;
using Groupus.Application.Fax;
using Groupus.Application.Fax.Gateway;
using Groupus.Application.Fax.Gateway.DispatchFaxJobs;
using Groupus.Application.Fax.Gateway.HangUpCancelledCall;
using Groupus.Application.Fax.Gateway.Session;
using Groupus.Application.Fax.Gateway.WakeTheQueue;
using Groupus.Domain.Fax;
using Groupus.Infrastructure.Common.Content;
using Groupus.Application.Fax.Gateway.Links;
using Groupus.Infrastructure.Fax.Dispatch;
using Groupus.Infrastructure.Fax.Documents;
using Groupus.Infrastructure.Fax.Telemetry;
using Groupus.Application.Fax.Telemetry;
using Groupus.Infrastructure.Persistence;
using Groupus.Contracts.Privacy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.Infrastructure.Fax;

internal static class FaxModule
{
    public static IServiceCollection AddFaxModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FaxOptions>(configuration.GetSection(FaxOptions.Section));
        services.Configure<FaxDestinationPolicyOptions>(configuration.GetSection(FaxDestinationPolicyOptions.Section));
        services.AddSingleton<FaxDestinationPolicy>();
        services.AddModuleDbContext<FaxDbContext>(FaxDbContext.ModuleName, publishesEvents: true);
        services.AddSingleton<IDomainEventMapper, FaxDomainEventMapper>();
        services.AddSingleton<IContentStore, EncryptedFileContentStore>();
        services.AddFaxDocuments(configuration);
        services.AddScoped<IFaxJobRepository, FaxJobRepository>();
        services.AddScoped<IReceivedFaxRepository, ReceivedFaxRepository>();
        services.AddScoped<IGatewayLineRepository, GatewayLineRepository>();
        services.AddScoped<FaxJobFactory>();
        services.AddScoped<FaxAccess>();
        services.AddScoped<FaxFiles>();
        services.AddScoped<ReceivedFaxLister>();
        services.AddScoped<LeasedJobs>();
        services.AddSingleton<FaxGatewayRegistry>();
        services.AddSingleton<FaxJobDispatch>();
        services.AddSingleton<FaxDispatcher>();
        services.AddSingleton<IFaxQueueSignal>(provider => provider.GetRequiredService<FaxDispatcher>());
        services.AddSingleton<IDomainEventHandler<FaxJobQueued>, WakeTheQueueWhenAJobIsQueued>();
        services.AddSingleton<IDomainEventHandler<FaxCallCancellationRequested>, HangUpCancelledCallHandler>();
        services.AddSingleton<GatewaySessions>();
        services.AddHostedService(provider => provider.GetRequiredService<FaxDispatcher>());
        services.AddSingleton<FaxQueueDepth>();
        services.AddSingleton<FaxMetrics>();
        services.AddHostedService<FaxQueueCensus>();
        services.AddSingleton<IPersonalDataRegistration, FaxPersonalData>();
        services.AddScoped<IPersonalDataProvider, Privacy.FaxPersonalDataProvider>();
        return services;
    }
}
