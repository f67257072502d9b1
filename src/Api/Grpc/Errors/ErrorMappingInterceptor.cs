using System.Diagnostics;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Groupus.Api.Grpc.Errors;

/// <summary>
/// Maps every failure leaving a service method to a status: failed results with their details, cancellations
/// as Cancelled, and anything unexpected as Internal with only a reference (details go to the log, not the caller).
/// </summary>
public sealed partial class ErrorMappingInterceptor(ILogger<ErrorMappingInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception exception) when (exception is not RpcException)
        {
            throw Map(exception, context);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception exception) when (exception is not RpcException)
        {
            throw Map(exception, context);
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(requestStream, context);
        }
        catch (Exception exception) when (exception is not RpcException)
        {
            throw Map(exception, context);
        }
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream,
        IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context,
        DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(requestStream, responseStream, context);
        }
        catch (Exception exception) when (exception is not RpcException)
        {
            throw Map(exception, context);
        }
    }

    private RpcException Map(Exception exception, ServerCallContext context)
    {
        switch (exception)
        {
            case ResultFailureException failure:
                return StatusMapping.ToRpcException(failure.Error);
            // The caller went away (a cancelled call, a deadline, a gateway whose process died mid-stream): whatever
            // the stream threw on the way out is not a fault of ours.
            case OperationCanceledException or IOException when context.CancellationToken.IsCancellationRequested:
                return new RpcException(new Status(StatusCode.Cancelled, "The call was cancelled or its deadline passed."));
            default:
                var reference = Activity.Current?.TraceId.ToString() ?? context.GetHttpContext().TraceIdentifier;
                LogUnexpected(logger, exception, context.Method, reference);
                return StatusMapping.Internal(reference);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected failure in {Method} (reference {Reference})")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, string reference);
}
