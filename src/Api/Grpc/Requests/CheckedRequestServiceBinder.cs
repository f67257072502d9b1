using System.Reflection;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;

namespace Groupus.Api.Grpc.Requests;

/// <summary>
/// Receives a generated service's methods (its static BindService) and adds each to the endpoint model as
/// grpc-dotnet's own binder does, with the request marshaller replaced by <see cref="CheckedRequestMarshaller"/>.
/// </summary>
internal sealed class CheckedRequestServiceBinder<TService>(ServiceMethodProviderContext<TService> context, Type declaringType) : ServiceBinderBase
    where TService : class
{
    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse>? handler)
    {
        var (invoker, metadata) = Model<UnaryServerMethod<TService, TRequest, TResponse>>(method.Name, [typeof(TRequest), typeof(ServerCallContext)]);
        context.AddUnaryMethod(Checked(method), metadata, invoker);
    }

    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ServerStreamingServerMethod<TRequest, TResponse>? handler)
    {
        var (invoker, metadata) = Model<ServerStreamingServerMethod<TService, TRequest, TResponse>>(
            method.Name, [typeof(TRequest), typeof(IServerStreamWriter<TResponse>), typeof(ServerCallContext)]);
        context.AddServerStreamingMethod(Checked(method), metadata, invoker);
    }

    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ClientStreamingServerMethod<TRequest, TResponse>? handler)
    {
        var (invoker, metadata) = Model<ClientStreamingServerMethod<TService, TRequest, TResponse>>(
            method.Name, [typeof(IAsyncStreamReader<TRequest>), typeof(ServerCallContext)]);
        context.AddClientStreamingMethod(Checked(method), metadata, invoker);
    }

    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, DuplexStreamingServerMethod<TRequest, TResponse>? handler)
    {
        var (invoker, metadata) = Model<DuplexStreamingServerMethod<TService, TRequest, TResponse>>(
            method.Name, [typeof(IAsyncStreamReader<TRequest>), typeof(IServerStreamWriter<TResponse>), typeof(ServerCallContext)]);
        context.AddDuplexStreamingMethod(Checked(method), metadata, invoker);
    }

    private static Method<TRequest, TResponse> Checked<TRequest, TResponse>(Method<TRequest, TResponse> method)
        where TRequest : class
        where TResponse : class =>
        new(method.Type, method.ServiceName, method.Name, CheckedRequestMarshaller.For(method.RequestMarshaller), method.ResponseMarshaller);

    private (TDelegate Invoker, List<object> Metadata) Model<TDelegate>(string methodName, Type[] parameters)
        where TDelegate : Delegate
    {
        var implementation = FindOverride(methodName, parameters)
            ?? throw new InvalidOperationException($"Could not find '{methodName}' on {typeof(TService)}.");
        List<object> metadata =
        [
            // Type attributes first: the method's own take precedence.
            .. typeof(TService).GetCustomAttributes(inherit: true),
            .. implementation.GetCustomAttributes(inherit: true),
            new HttpMethodMetadata(["POST"], acceptCorsPreflight: true),
        ];
        return ((TDelegate)Delegate.CreateDelegate(typeof(TDelegate), implementation), metadata);
    }

    /// <summary>The public override of the generated base's virtual method (a same-named method that hides it does not count).</summary>
    private MethodInfo? FindOverride(string methodName, Type[] parameters)
    {
        for (var type = typeof(TService); type is not null; type = type.BaseType)
        {
            var candidate = type.GetMethod(methodName, BindingFlags.Public | BindingFlags.Instance, binder: null, parameters, modifiers: null);
            if (candidate is null)
            {
                return null;
            }

            if (candidate.IsVirtual && candidate.GetBaseDefinition().DeclaringType == declaringType)
            {
                return candidate;
            }
        }

        return null;
    }
}
