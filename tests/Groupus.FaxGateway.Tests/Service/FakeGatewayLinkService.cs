using System.Security.Cryptography;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Groupus.Api.Grpc.Gateway.V1;
using Grpc.Core;

namespace Groupus.FaxGateway.Tests.Service;

internal sealed class FakeGatewayLinkService(FakeCoreHolder holder) : GatewayLinkService.GatewayLinkServiceBase
{
    private FakeCore Core => holder.Core;

    public override Task<HelloResponse> Hello(HelloRequest request, ServerCallContext context)
    {
        Core.Hello();
        Authorise(context);
        return Task.FromResult(new HelloResponse { GatewayId = FakeCore.GatewayId, Name = "test gateway", ServerTime = Timestamp.FromDateTime(DateTime.UtcNow) });
    }

    public override async Task Connect(IAsyncStreamReader<GatewayMessage> requestStream, IServerStreamWriter<CoreMessage> responseStream, ServerCallContext context)
    {
        Authorise(context);
        var (session, outgoing, ends) = Core.BeginSession(context.CancellationToken);
        if (!await requestStream.MoveNext(ends) || requestStream.Current.Register is null)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "Register first"));
        }

        Core.Record(session, requestStream.Current);
        await responseStream.WriteAsync(new CoreMessage { Registered = Core.Registered() }, ends);
        var reading = Task.Run(async () =>
        {
            while (await requestStream.MoveNext(ends))
            {
                Core.Record(session, requestStream.Current);
            }
        }, CancellationToken.None);
        try
        {
            await foreach (var message in outgoing.ReadAllAsync(ends))
            {
                await responseStream.WriteAsync(message, ends);
            }
        }
        catch (OperationCanceledException)
        {
            // link dropped by the test
        }

        await reading.ContinueWith(_ => { }, TaskScheduler.Default);
    }

    public override async Task FetchJobDocument(FetchJobDocumentRequest request, IServerStreamWriter<DocumentChunk> responseStream, ServerCallContext context)
    {
        Authorise(context);
        if (!Core.Documents.TryGetValue(request.JobId, out var document))
        {
            throw new RpcException(new Status(StatusCode.NotFound, "no such job"));
        }

        for (var offset = 0; offset < document.Length; offset += 16 * 1024)
        {
            await responseStream.WriteAsync(new DocumentChunk { Data = ByteString.CopyFrom(document, offset, Math.Min(16 * 1024, document.Length - offset)) });
        }
    }

    public override async Task<ReceivedFaxReceipt> UploadReceivedFax(IAsyncStreamReader<ReceivedFaxUpload> requestStream, ServerCallContext context)
    {
        Authorise(context);
        if (!await requestStream.MoveNext() || requestStream.Current.Header is not { } header)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "header first"));
        }

        using var tiff = new MemoryStream();
        while (await requestStream.MoveNext())
        {
            if (requestStream.Current.Chunk.Length > 64 * 1024)
            {
                throw new RpcException(new Status(StatusCode.InvalidArgument, "chunk too big"));
            }

            requestStream.Current.Chunk.WriteTo(tiff);
        }

        var bytes = tiff.ToArray();
        if (bytes.Length != header.SizeBytes || Convert.ToHexStringLower(SHA256.HashData(bytes)) != header.Sha256)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "size or checksum mismatch"));
        }

        var duplicate = !Core.RememberUpload(header.IdempotencyKey);
        Core.Uploads.Enqueue((header, bytes, duplicate));
        if (Core.ReceiptsToLose > 0)
        {
            Core.ReceiptsToLose--;
            throw new RpcException(new Status(StatusCode.Unavailable, "receipt lost"));
        }

        return new ReceivedFaxReceipt { FaxId = "fax-" + header.IdempotencyKey[..8], Duplicate = duplicate };
    }

    private void Authorise(ServerCallContext context)
    {
        if (!Core.Available)
        {
            throw new RpcException(new Status(StatusCode.Unavailable, "core down"));
        }

        var authorization = context.RequestHeaders.GetValue("authorization");
        if (authorization is null || !authorization.StartsWith("Bearer token-", StringComparison.Ordinal))
        {
            throw new RpcException(new Status(StatusCode.Unauthenticated, "no token"));
        }
    }
}
