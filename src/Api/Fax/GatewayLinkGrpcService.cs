using Google.Protobuf;
using Groupus.Api.Grpc.Errors;
using Groupus.Api.Security;
using Groupus.Application.Common.Security;
using Groupus.Api.Grpc.Gateway.V1;
using Groupus.Api.Grpc.Mapping;
using Groupus.Application.Common.Results;
using Groupus.Application.Fax.Documents;
using Groupus.Application.Fax.Gateway;
using Groupus.Application.Fax.Gateway.GatewayHello;
using Groupus.Application.Fax.Gateway.GetFaxJobDocument;
using Groupus.Application.Fax.Gateway.StoreReceivedFax;
using ReceivedFaxReceipt = Groupus.Api.Grpc.Gateway.V1.ReceivedFaxReceipt;
using Groupus.Application.Fax.Gateway.Session;
using Grpc.Core;
using Mediator;
using Microsoft.Extensions.Options;

namespace Groupus.Api.Fax;

/// <summary>
/// The gateway link: registration, leased jobs and their progress, documents out, received faxes in. The Connect stream is
/// translated to and from a <see cref="GatewaySession"/>, which holds the link's logic.
/// </summary>
public sealed class GatewayLinkGrpcService(
    ISender sender,
    FreshScopeSender freshScope,
    GatewaySessions sessions,
    IOptions<FaxDocumentLimits> limits,
    ICurrentUser caller) : GatewayLinkService.GatewayLinkServiceBase
{
    public override async Task<HelloResponse> Hello(HelloRequest request, ServerCallContext context)
    {
        var greeting = (await sender.Send(new GatewayHelloQuery(), context.CancellationToken)).OrThrow();
        return new HelloResponse { GatewayId = greeting.GatewayId.ToString(), Name = greeting.Name, ServerTime = greeting.ServerTimeUtc.ToTimestamp() };
    }

    public override async Task Connect(IAsyncStreamReader<GatewayMessage> requestStream, IServerStreamWriter<CoreMessage> responseStream, ServerCallContext context)
    {
        // Authorised before waiting for the first message, so a stranger is refused at once.
        (await sender.Send(new GatewayHelloQuery(), context.CancellationToken)).OrThrow();

        // Without Register the command still goes through the pipeline (authorised first, then refused for no lines).
        var register = await requestStream.MoveNext(context.CancellationToken) && requestStream.Current.MessageCase == GatewayMessage.MessageOneofCase.Register
            ? requestStream.Current.Register
            : new Register();
        var link = new StreamGatewayLink();
        var session = sessions.Start(new CallScopedGatewayCommands(freshScope, context), link);
        (await session.OpenAsync(
            [.. register.Lines.Select(l => new GatewayLineRegistration(l.LineId, l.Number.OrNull(), l.CanSend, l.CanReceive))],
            [.. register.ActiveJobs.Select(j => new HeldCall(GatewayLinkMapping.ParseId(j.JobId), GatewayLinkMapping.ParseId(j.LeaseId), j.LineId))])).OrThrow();

        var writer = PumpAsync(link, responseStream, context.CancellationToken);
        try
        {
            while (await requestStream.MoveNext(context.CancellationToken))
            {
                (await ReceiveAsync(session, requestStream.Current)).OrThrow();
            }
        }
        finally
        {
            session.Close();
            link.Close();
            await writer;
        }
    }

    public override async Task FetchJobDocument(FetchJobDocumentRequest request, IServerStreamWriter<DocumentChunk> responseStream, ServerCallContext context)
    {
        var pages = (await sender.Send(
            new GetFaxJobDocumentQuery(GatewayLinkMapping.ParseId(request.JobId), GatewayLinkMapping.ParseId(request.LeaseId)),
            context.CancellationToken)).OrThrow();
        for (var offset = 0; offset < pages.Length; offset += FileChunks.ChunkSize)
        {
            await responseStream.WriteAsync(
                new DocumentChunk { Data = ByteString.CopyFrom(pages, offset, Math.Min(FileChunks.ChunkSize, pages.Length - offset)) },
                context.CancellationToken);
        }
    }

    public override async Task<ReceivedFaxReceipt> UploadReceivedFax(IAsyncStreamReader<ReceivedFaxUpload> requestStream, ServerCallContext context)
    {
        EarlyAuthorisation.Demand<StoreReceivedFaxCommand>(caller);
        var header = await requestStream.MoveNext(context.CancellationToken) && requestStream.Current.PartCase == ReceivedFaxUpload.PartOneofCase.Header
            ? requestStream.Current.Header
            : new ReceivedFaxHeader();
        using var tiff = new MemoryStream();
        while (await requestStream.MoveNext(context.CancellationToken))
        {
            UploadLimits.Append(tiff, requestStream.Current.Chunk.Span, limits.Value.MaximumBytes);
        }

        var receipt = (await sender.Send(
            new StoreReceivedFaxCommand(
                header.IdempotencyKey,
                header.LineId,
                header.CalledNumber.OrNull(),
                header.RemoteId.OrNull(),
                header.PageCount,
                header.ReceivedAt.ToUtc(),
                header.CallTime?.ToTimeSpan() ?? TimeSpan.Zero,
                header.BitRate,
                header.Ecm,
                header.SizeBytes,
                header.Sha256,
                tiff.ToArray()),
            context.CancellationToken)).OrThrow();
        return new ReceivedFaxReceipt { FaxId = receipt.FaxId.ToString(), Duplicate = receipt.Duplicate };
    }

    private static Task<Result> ReceiveAsync(GatewaySession session, GatewayMessage message) => message.MessageCase switch
    {
        GatewayMessage.MessageOneofCase.LineState => session.LineStateChangedAsync(message.LineState.LineId, message.LineState.Status.ToApplication()),
        GatewayMessage.MessageOneofCase.JobProgress => session.ProgressAsync(message.JobProgress.ToCommand()),
        GatewayMessage.MessageOneofCase.JobFinished => session.FinishedAsync(message.JobFinished.ToCommand()),
        GatewayMessage.MessageOneofCase.Heartbeat => session.HeartbeatAsync(),
        _ => Task.FromResult<Result>(Error.Invalid("message", "only LineState, JobProgress, JobFinished and Heartbeat may follow Register")),
    };

    private static async Task PumpAsync(StreamGatewayLink link, IServerStreamWriter<CoreMessage> responseStream, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var message in link.Outgoing.ReadAllAsync(cancellationToken))
            {
                await responseStream.WriteAsync(message, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The gateway went away.
        }
        catch (InvalidOperationException)
        {
            // The call ended while a message was being written.
        }
    }
}
