using Groupus.Application.Common.Security;
using Groupus.Infrastructure.Messaging;
using Groupus.Infrastructure.Persistence.Subjects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Groupus.Infrastructure.Persistence;

internal static class ModuleDbContextRegistration
{
    /// <summary>Contexts kept for reuse per module; more leased at once are created and disposed as before.</summary>
    public const int PoolSize = 128;

    /// <summary>
    /// Registers a module's DbContext on the configured provider. A scope leases a pooled context (its options,
    /// internal services and model set-up are built once, not per request), sets its caller and cipher on it,
    /// and enlists it in the scope's unit of work; a publishing module's outbox is drained by the dispatcher. Every context
    /// of a scope works on the scope's one connection (<see cref="ScopeConnection"/>), taken before the context so that it
    /// is given back after it. The context's compiled model, if its provider's migrations assembly has one, replaces
    /// building the model from its configuration (<see cref="CompiledModels"/>).
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string module, bool publishesEvents)
        where TContext : ModuleDbContext
    {
        services.AddScoped(provider =>
        {
            var connection = provider.GetRequiredService<ScopeConnection>().Connection;
            var context = provider.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
            context.Database.SetDbConnection(connection, contextOwnsConnection: false);
            context.Lease(provider.GetService<ICurrentUser>(), provider.GetRequiredService<SubjectFieldCipher>());
            provider.GetRequiredService<EnlistedContexts>().Enlist(context);
            return context;
        });
        services.AddScoped<ModuleDbContext>(provider => provider.GetRequiredService<TContext>());
        services.TryAddSingleton<DatabaseConnections>();
        services.TryAddScoped<ScopeConnection>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, WalCheckpointer>());
        services.AddPooledDbContextFactory<TContext>(
            (provider, builder) =>
            {
                var options = provider.GetRequiredService<IOptions<GroupusOptions>>().Value;
                builder.UseGroupusDatabase(options.DatabaseProvider, options.ResolveConnectionString(), module, options.SqliteSynchronous)
                    .AddInterceptors(SubjectFieldSealing.Instance, SubjectFieldOpening.Instance)
                    .ReplaceService<IStructuralTypeMaterializerSource, SealedTypesMaterializerSource>();
                if (CompiledModels.Find(typeof(TContext), options.DatabaseProvider) is { } model)
                {
                    builder.UseModel(model);
                }
            },
            PoolSize);
        if (publishesEvents)
        {
            services.AddSingleton(new OutboxPublisher(typeof(TContext)));
        }

        return services;
    }
}
