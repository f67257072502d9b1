using System.Collections.Concurrent;
using Google.Protobuf;
using Grpc.Core;

namespace Groupus.Cli.Tests.Fakes;

/// <summary>A call the fake server received.</summary>
public sealed record ReceivedCall(string Method, IMessage Request, string? Authorization);

/// <summary>
/// The behaviour behind every fake service: each RPC has its own request type, so tests script answers by request type
/// (returning a response or throwing an <see cref="RpcException"/>), and every call is recorded.
/// </summary>
public sealed class FakeBackend
{
    private readonly ConcurrentDictionary<Type, Delegate> handlers = new();
    private readonly ConcurrentQueue<ReceivedCall> calls = new();

    public IReadOnlyList<ReceivedCall> Calls => [.. calls];

    public void On<TRequest, TResponse>(Func<TRequest, TResponse> handler)
        where TRequest : IMessage
        where TResponse : class =>
        handlers[typeof(TRequest)] = handler;

    public void Fail<TRequest>(RpcException exception)
        where TRequest : IMessage =>
        handlers[typeof(TRequest)] = new Func<TRequest, object>(_ => throw exception);

    public IEnumerable<TRequest> RequestsOf<TRequest>() => calls.Select(call => call.Request).OfType<TRequest>();

    internal Task<TResponse> Answer<TRequest, TResponse>(TRequest request, ServerCallContext context)
        where TRequest : IMessage
        where TResponse : class =>
        Task.FromResult(Handle<TRequest, TResponse>(request, context));

    internal async Task Stream<TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> writer, ServerCallContext context)
        where TRequest : IMessage
        where TResponse : class
    {
        foreach (var response in Handle<TRequest, IEnumerable<TResponse>>(request, context))
        {
            await writer.WriteAsync(response);
        }
    }

    private TResponse Handle<TRequest, TResponse>(TRequest request, ServerCallContext context)
        where TRequest : IMessage
        where TResponse : class
    {
        calls.Enqueue(new ReceivedCall(context.Method, request, context.RequestHeaders.GetValue("authorization")));
        if (!handlers.TryGetValue(typeof(TRequest), out var handler))
        {
            throw new RpcException(new Status(StatusCode.Unimplemented, $"The test gave no answer for {typeof(TRequest).Name}."));
        }

        return handler switch
        {
            Func<TRequest, TResponse> typed => typed(request),
            Func<TRequest, object> failing => (TResponse)failing(request),
            _ => throw new InvalidOperationException($"The handler for {typeof(TRequest).Name} has the wrong response type."),
        };
    }
}
