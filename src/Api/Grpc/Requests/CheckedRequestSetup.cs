using Grpc.AspNetCore.Server.Model;

namespace Groupus.Api.Grpc.Requests;

public static class CheckedRequestSetup
{
    /// <summary>
    /// Replaces grpc-dotnet's method provider with <see cref="CheckedRequestMethodProvider{TService}"/>. Call after
    /// every AddGrpc* (each would add the default provider back). Fails at start-up, not silently, if a grpc-dotnet
    /// upgrade renames the provider it replaces.
    /// </summary>
    public static IServiceCollection CheckRequestMessages(this IServiceCollection services)
    {
        var defaults = services
            .Where(d => d.ServiceType == typeof(IServiceMethodProvider<>) && d.ImplementationType?.Name == "BinderServiceMethodProvider`1")
            .ToList();
        if (defaults.Count == 0)
        {
            throw new InvalidOperationException("grpc-dotnet's BinderServiceMethodProvider was not registered; request messages would go unchecked.");
        }

        foreach (var provider in defaults)
        {
            services.Remove(provider);
        }

        services.AddSingleton(typeof(IServiceMethodProvider<>), typeof(CheckedRequestMethodProvider<>));
        return services;
    }
}
