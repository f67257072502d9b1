using Google.Protobuf;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.Api.Grpc.Visitors.V1;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Edge.BadInput;

/// <summary>Bytes that are not a well-formed request message are refused as INVALID_ARGUMENT, never UNKNOWN or INTERNAL.</summary>
public sealed class MalformedRequestTests(EdgeWorld world) : IClassFixture<EdgeWorld>
{
    private static readonly Marshaller<byte[]> Raw = Marshallers.Create(bytes => bytes, bytes => bytes);

    [Fact]
    public async Task A_name_that_is_not_utf8_is_invalid_argument()
    {
        var bytes = new SignInVisitorRequest { VisitorName = "Zq", HostUsername = "rita", BadgeNumber = "B-1" }.ToByteArray();
        var at = IndexOf(bytes, "Zq"u8.ToArray());
        bytes[at] = 0xC3; // a two-byte sequence's lead byte followed by a byte that cannot continue it
        bytes[at + 1] = 0x28;

        var failure = await RpcFailure.Of(() => UnaryRaw("groupus.visitors.v1.VisitorService", "SignInVisitor", bytes, world.Reception.Headers));

        Assert.Equal(StatusCode.InvalidArgument, failure.StatusCode);
        Assert.Equal("MALFORMED_MESSAGE", failure.Reason);
        Assert.Contains("UTF-8", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_message_is_invalid_argument()
    {
        var whole = new SignInVisitorRequest { VisitorName = "Walk In", Company = "Acme", HostUsername = "rita", BadgeNumber = "B-2" }.ToByteArray();
        var truncated = whole[..^3]; // the last field's length promises bytes that never come

        var failure = await RpcFailure.Of(() => UnaryRaw("groupus.visitors.v1.VisitorService", "SignInVisitor", truncated, world.Reception.Headers));

        Assert.Equal(StatusCode.InvalidArgument, failure.StatusCode);
        Assert.Equal("MALFORMED_MESSAGE", failure.Reason);
    }

    [Fact]
    public async Task A_message_that_is_not_protobuf_at_all_is_invalid_argument()
    {
        var failure = await RpcFailure.Of(() => UnaryRaw("groupus.visitors.v1.VisitorService", "ListOnSite", [0xFF, 0xFF, 0xFF, 0xFF], world.Reception.Headers));

        Assert.Equal(StatusCode.InvalidArgument, failure.StatusCode);
    }

    [Fact]
    public async Task A_malformed_message_in_a_request_stream_is_invalid_argument()
    {
        var header = new UploadFaxRequest { Header = new SubmitFaxRequest { To = "020 7946 0123" } }.ToByteArray();
        var method = new Method<byte[], byte[]>(MethodType.ClientStreaming, "groupus.fax.v1.FaxService", "UploadFax", Raw, Raw);

        var failure = await RpcFailure.OfTask(async () =>
        {
            using var call = world.Server.Channel.CreateCallInvoker().AsyncClientStreamingCall(method, null, new CallOptions(world.Customer.Headers));
            await call.RequestStream.WriteAsync(header);
            await call.RequestStream.WriteAsync(header[..^2]);
            await call.RequestStream.CompleteAsync();
            await call.ResponseAsync;
        });

        Assert.Equal(StatusCode.InvalidArgument, failure.StatusCode);
        Assert.Equal("MALFORMED_MESSAGE", failure.Reason);
    }

    private AsyncUnaryCall<byte[]> UnaryRaw(string service, string name, byte[] request, Metadata headers) =>
        world.Server.Channel.CreateCallInvoker().AsyncUnaryCall(new Method<byte[], byte[]>(MethodType.Unary, service, name, Raw, Raw), null, new CallOptions(headers), request);

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (var i = 0; i <= haystack.Length - needle.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                return i;
            }
        }

        throw new InvalidOperationException("marker not found");
    }
}
