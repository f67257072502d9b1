using Google.Rpc;
using Grpc.Core;

namespace Groupus.IntegrationTests.Support;

/// <summary>Runs a call expected to fail and exposes its status and rich details.</summary>
public sealed class RpcFailure
{
    private RpcFailure(RpcException exception)
    {
        StatusCode = exception.StatusCode;
        Message = exception.Status.Detail;
        var status = exception.GetRpcStatus();
        Reason = status?.GetDetail<ErrorInfo>()?.Reason;
        Violations = status?.GetDetail<BadRequest>()?.FieldViolations.ToDictionary(v => v.Field, v => v.Description) ?? [];
    }

    public StatusCode StatusCode { get; }

    public string Message { get; }

    public string? Reason { get; }

    public IReadOnlyDictionary<string, string> Violations { get; }

    public static async Task<RpcFailure> Of<T>(Func<AsyncUnaryCall<T>> call)
    {
        try
        {
            await call();
        }
        catch (RpcException exception)
        {
            return new RpcFailure(exception);
        }

        throw new Xunit.Sdk.XunitException("The call succeeded but was expected to fail.");
    }

    public static async Task<RpcFailure> OfStream<T>(Func<AsyncServerStreamingCall<T>> call)
    {
        try
        {
            using var streaming = call();
            while (await streaming.ResponseStream.MoveNext(CancellationToken.None))
            {
            }
        }
        catch (RpcException exception)
        {
            return new RpcFailure(exception);
        }

        throw new Xunit.Sdk.XunitException("The call succeeded but was expected to fail.");
    }

    /// <summary>For calls with a request stream, whose failure surfaces when the response is awaited.</summary>
    public static async Task<RpcFailure> OfTask(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (RpcException exception)
        {
            return new RpcFailure(exception);
        }

        throw new Xunit.Sdk.XunitException("The call succeeded but was expected to fail.");
    }
}
