using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Groupus.Cli.Connection;

/// <summary>Gives every call the bearer token (when there is one), the deadline and the command's cancellation token.</summary>
internal sealed class CallDefaultsInterceptor(string? accessToken, TimeSpan timeout, CancellationToken cancellationToken) : Interceptor
{
    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request,
        ClientInterceptorContext<TRequest, TResponse> context,
        AsyncUnaryCallContinuation<TRequest, TResponse> continuation) =>
        continuation(request, WithDefaults(context));

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(
        TRequest request,
        ClientInterceptorContext<TRequest, TResponse> context,
        AsyncServerStreamingCallContinuation<TRequest, TResponse> continuation) =>
        continuation(request, WithDefaults(context));

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(
        ClientInterceptorContext<TRequest, TResponse> context,
        AsyncClientStreamingCallContinuation<TRequest, TResponse> continuation) =>
        continuation(WithDefaults(context));

    private ClientInterceptorContext<TRequest, TResponse> WithDefaults<TRequest, TResponse>(ClientInterceptorContext<TRequest, TResponse> context)
        where TRequest : class
        where TResponse : class
    {
        var headers = context.Options.Headers ?? [];
        if (accessToken is not null)
        {
            headers.Add("authorization", $"Bearer {accessToken}");
        }

        var options = context.Options
            .WithHeaders(headers)
            .WithDeadline(context.Options.Deadline ?? DateTime.UtcNow.Add(timeout))
            .WithCancellationToken(cancellationToken);
        return new ClientInterceptorContext<TRequest, TResponse>(context.Method, context.Host, options);
    }
}
