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
    /// <summary>Keyed by request and response type (two RPCs may share a request type); failures by request type and <see cref="object"/>.</summary>
    private readonly ConcurrentDictionary<(Type Request, Type Response), Delegate> handlers = new();
    private readonly ConcurrentQueue<ReceivedCall> calls = new();

    public IReadOnlyList<ReceivedCall> Calls => [.. calls];

    public void On<TRequest, TResponse>(Func<TRequest, TResponse> handler)
        where TRequest : IMessage
        where TResponse : class
    {
        handlers.TryRemove((typeof(TRequest), typeof(object)), out _);
        handlers[(typeof(TRequest), typeof(TResponse))] = handler;
    }

    /// <summary>Answers a client-streaming call once the client has sent every message.</summary>
    public void OnStream<TRequest, TResponse>(Func<IReadOnlyList<TRequest>, TResponse> handler)
        where TRequest : IMessage
        where TResponse : class =>
        handlers[(typeof(IReadOnlyList<TRequest>), typeof(TResponse))] = handler;

    public void Fail<TRequest>(RpcException exception)
        where TRequest : IMessage
    {
        foreach (var key in handlers.Keys.Where(key => key.Request == typeof(TRequest)))
        {
            handlers.TryRemove(key, out _);
        }

        handlers[(typeof(TRequest), typeof(object))] = new Func<TRequest, object>(_ => throw exception);
    }

    public IEnumerable<TRequest> RequestsOf<TRequest>() => calls.Select(call => call.Request).OfType<TRequest>();

    internal Task<TResponse> Answer<TRequest, TResponse>(TRequest request, ServerCallContext context)
        where TRequest : IMessage
        where TResponse : class =>
        Task.FromResult(Handle<TRequest, TResponse>(request, context));

    /// <returns>The last response written, if any.</returns>
    internal async Task<TResponse?> Stream<TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> writer, ServerCallContext context)
        where TRequest : IMessage
        where TResponse : class
    {
        TResponse? last = null;
        foreach (var response in Handle<TRequest, IEnumerable<TResponse>>(request, context))
        {
            await writer.WriteAsync(response);
            last = response;
        }

        return last;
    }

    internal async Task<TResponse> Gather<TRequest, TResponse>(IAsyncStreamReader<TRequest> requests, ServerCallContext context)
        where TRequest : IMessage
        where TResponse : class
    {
        var received = new List<TRequest>();
        await foreach (var request in requests.ReadAllAsync(context.CancellationToken))
        {
            calls.Enqueue(new ReceivedCall(context.Method, request, context.RequestHeaders.GetValue("authorization")));
            received.Add(request);
        }

        return handlers.TryGetValue((typeof(IReadOnlyList<TRequest>), typeof(TResponse)), out var handler)
            ? ((Func<IReadOnlyList<TRequest>, TResponse>)handler)(received)
            : throw new RpcException(new Status(StatusCode.Unimplemented, $"The test gave no answer for a stream of {typeof(TRequest).Name}."));
    }

    private TResponse Handle<TRequest, TResponse>(TRequest request, ServerCallContext context)
        where TRequest : IMessage
        where TResponse : class
    {
        calls.Enqueue(new ReceivedCall(context.Method, request, context.RequestHeaders.GetValue("authorization")));
        if (!handlers.TryGetValue((typeof(TRequest), typeof(TResponse)), out var handler)
            && !handlers.TryGetValue((typeof(TRequest), typeof(object)), out handler))
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
