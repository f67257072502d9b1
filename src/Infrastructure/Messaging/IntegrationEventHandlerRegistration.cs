using Groupus.Application.Common.Messaging;
using Groupus.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.Infrastructure.Messaging;

internal static class IntegrationEventHandlerRegistration
{
    public static IServiceCollection AddIntegrationEventHandler<TEvent, THandler, TConsumerContext>(this IServiceCollection services)
        where TEvent : IIntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        services.AddScoped<THandler>();
        services.AddSingleton(IntegrationEventSubscription.Create<TEvent, THandler, TConsumerContext>());
        return services;
    }
}
