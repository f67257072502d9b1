using System.Reflection;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;

namespace Groupus.Api.Grpc.Requests;

/// <summary>
/// Discovers a service's methods through its generated BindService, as grpc-dotnet's default provider does (which
/// <see cref="CheckedRequestSetup"/> removes), so that every method reads its requests through
/// <see cref="CheckedRequestMarshaller"/>: health and reflection included.
/// </summary>
internal sealed class CheckedRequestMethodProvider<TService> : IServiceMethodProvider<TService>
    where TService : class
{
    public void OnServiceMethodDiscovery(ServiceMethodProviderContext<TService> context)
    {
        if (FindBindMethod() is not { } bind)
        {
            return;
        }

        var binder = new CheckedRequestServiceBinder<TService>(context, bind.GetParameters()[1].ParameterType);
        bind.Invoke(null, [binder, null]);
    }

    /// <summary>The static BindService(ServiceBinderBase, TServiceBase) named by the generated base's attribute.</summary>
    private static MethodInfo? FindBindMethod()
    {
        for (var type = typeof(TService); type is not null; type = type.BaseType)
        {
            if (type.GetCustomAttribute<BindServiceMethodAttribute>() is { } attribute)
            {
                return attribute.BindType.GetMethod(
                    attribute.BindMethodName, BindingFlags.Public | BindingFlags.Static, binder: null, [typeof(ServiceBinderBase), type], modifiers: null);
            }
        }

        return null;
    }
}
