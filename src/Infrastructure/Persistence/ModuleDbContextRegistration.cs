using Groupus.Application.Common.Security;
using Groupus.Infrastructure.Messaging;
using Groupus.Infrastructure.Persistence.Subjects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Groupus.Infrastructure.Persistence;

internal static class ModuleDbContextRegistration
{
    /// <summary>
    /// Registers a module's DbContext on the configured provider. Each instance enlists in its scope's unit of
    /// work; a publishing module's outbox is drained by the dispatcher.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string module, bool publishesEvents)
        where TContext : ModuleDbContext
    {
        // Registered before AddDbContext, whose TryAdd then keeps this enlisting factory.
        services.AddScoped(provider =>
        {
            var context = ContextFactory<TContext>.Create(provider, []);
            context.Caller = provider.GetService<ICurrentUser>();
            context.SubjectCipher = provider.GetRequiredService<SubjectFieldCipher>();
            provider.GetRequiredService<EnlistedContexts>().Enlist(context);
            return context;
        });
        services.AddScoped<ModuleDbContext>(provider => provider.GetRequiredService<TContext>());
        // The options are built once per module: built per request they cost more than the query they serve.
        services.AddDbContext<TContext>(
            (provider, builder) =>
            {
                var options = provider.GetRequiredService<IOptions<GroupusOptions>>().Value;
                builder.UseGroupusDatabase(options.DatabaseProvider, options.ResolveConnectionString(), module, options.SqliteSynchronous)
                    .AddInterceptors(SubjectFieldSealing.Instance, SubjectFieldOpening.Instance);
            },
            ServiceLifetime.Scoped,
            ServiceLifetime.Singleton);
        if (publishesEvents)
        {
            services.AddSingleton(new OutboxPublisher(typeof(TContext)));
        }

        return services;
    }

    /// <summary>The context's constructor, matched once per type rather than by reflection on every request.</summary>
    private static class ContextFactory<TContext>
        where TContext : ModuleDbContext
    {
        public static readonly ObjectFactory<TContext> Create = ActivatorUtilities.CreateFactory<TContext>([]);
    }
}
