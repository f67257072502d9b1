using System.Collections.Concurrent;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.IntegrationTests.Support;

/// <summary>
/// A server interceptor that counts the request messages each client-streaming method actually read: proof of how much
/// of an upload the server consumed before answering.
/// </summary>
public sealed class StreamReadCounter : Interceptor
{
    private readonly ConcurrentDictionary<string, int> _reads = new(StringComparer.Ordinal);

    /// <param name="method">The full method name, e.g. /groupus.fax.v1.FaxService/UploadFax.</param>
    public int ReadsOf(string method) => _reads.GetValueOrDefault(method);

    public void Install(IServiceCollection services)
    {
        services.AddSingleton(this);
        services.Configure<GrpcServiceOptions>(options => options.Interceptors.Add<StreamReadCounter>());
    }

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation) =>
        continuation(new CountingReader<TRequest>(requestStream, () => _reads.AddOrUpdate(context.Method, 1, (_, n) => n + 1)), context);

    private sealed class CountingReader<T>(IAsyncStreamReader<T> inner, Action counted) : IAsyncStreamReader<T>
    {
        public T Current => inner.Current;

        public async Task<bool> MoveNext(CancellationToken cancellationToken)
        {
            var more = await inner.MoveNext(cancellationToken);
            if (more)
            {
                counted();
            }

            return more;
        }
    }
}
