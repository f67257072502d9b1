using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;

namespace Groupus.IntegrationTests.Support;

/// <summary>Calls any RPC by its descriptor, whatever its message types.</summary>
public static class RpcCalls
{
    public static IMessage EmptyRequest(MethodDescriptor rpc) => (IMessage)Activator.CreateInstance(rpc.InputType.ClrType)!;

    /// <summary>The status and (for unary calls, or the last streamed message) the response.</summary>
    public static async Task<(StatusCode Status, IMessage? Response)> CallAsync(CallInvoker invoker, MethodDescriptor rpc, IMessage request, Metadata headers)
    {
        var method = new Method<IMessage, IMessage>(
            rpc.IsServerStreaming ? MethodType.ServerStreaming : MethodType.Unary,
            rpc.Service.FullName,
            rpc.Name,
            Marshallers.Create<IMessage>(m => m.ToByteArray(), bytes => rpc.InputType.Parser.ParseFrom(bytes)),
            Marshallers.Create<IMessage>(m => m.ToByteArray(), bytes => rpc.OutputType.Parser.ParseFrom(bytes)));
        try
        {
            if (rpc.IsServerStreaming)
            {
                using var call = invoker.AsyncServerStreamingCall(method, null, new CallOptions(headers), request);
                IMessage? last = null;
                while (await call.ResponseStream.MoveNext(CancellationToken.None))
                {
                    last = call.ResponseStream.Current;
                }

                return (StatusCode.OK, last);
            }

            return (StatusCode.OK, await invoker.AsyncUnaryCall(method, null, new CallOptions(headers), request));
        }
        catch (RpcException exception)
        {
            return (exception.StatusCode, null);
        }
    }
}
