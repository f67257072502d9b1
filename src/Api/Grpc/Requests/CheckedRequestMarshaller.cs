using System.Text;
using Google.Protobuf;
using Groupus.Api.Grpc.Errors;
using Groupus.Application.Common.Results;
using Grpc.Core;

namespace Groupus.Api.Grpc.Requests;

/// <summary>
/// Reads a request message and refuses, as INVALID_ARGUMENT, one that is not a well-formed message (truncated bytes,
/// text that is not UTF-8) or that carries values no use case can take (<see cref="RequestMessageCheck"/>).
/// Without it grpc-dotnet answers UNKNOWN for the first and the service meets the second.
/// </summary>
public static class CheckedRequestMarshaller
{
    public const string MalformedCode = "MALFORMED_MESSAGE";

    public static Marshaller<T> For<T>(Marshaller<T> marshaller)
        where T : class =>
        new(marshaller.ContextualSerializer, context => Read(marshaller, context));

    private static T Read<T>(Marshaller<T> marshaller, DeserializationContext context)
        where T : class
    {
        T message;
        try
        {
            message = marshaller.ContextualDeserializer(context);
        }
        catch (InvalidProtocolBufferException malformed)
        {
            throw Malformed<T>(malformed.Message);
        }
        catch (DecoderFallbackException)
        {
            throw Malformed<T>("a text field is not valid UTF-8.");
        }

        if (message is IMessage proto && RequestMessageCheck.Find(proto) is { Count: > 0 } violations)
        {
            throw StatusMapping.ToRpcException(Error.Invalid(violations));
        }

        return message;
    }

    private static RpcException Malformed<T>(string reason) =>
        StatusMapping.ToRpcException(new Error(ErrorKind.Invalid, MalformedCode, $"The request is not a well-formed {typeof(T).Name}: {reason}", []));
}
