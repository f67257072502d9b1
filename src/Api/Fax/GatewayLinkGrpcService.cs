using System.Security.Cryptography;
using Google.Protobuf;
using Groupus.Api.Grpc.Errors;
using Groupus.Api.Security;
using Groupus.Application.Common.Security;
using Groupus.Api.Grpc.Gateway.V1;
using Groupus.Api.Grpc.Mapping;
using Groupus.Application.Common.Results;
using Groupus.Application.Fax;
using Groupus.Application.Fax.Documents;
using Groupus.Application.Fax.Gateway;
using Groupus.Application.Fax.Gateway.FinishFaxTry;
using Groupus.Application.Fax.Gateway.GatewayHello;
using Groupus.Application.Fax.Gateway.GetFaxJobDocument;
using Groupus.Application.Fax.Gateway.RecordFaxProgress;
using Groupus.Application.Fax.Gateway.RegisterGatewayLines;
using Groupus.Application.Fax.Gateway.RenewGatewayLeases;
using Groupus.Application.Fax.Gateway.StoreReceivedFax;
using ReceivedFaxReceipt = Groupus.Api.Grpc.Gateway.V1.ReceivedFaxReceipt;
using Groupus.Application.Fax.Gateway.Links;
using Grpc.Core;
using Mediator;
using Microsoft.Extensions.Options;

namespace Groupus.Api.Fax;

/// <summary>The gateway link: registration, leased jobs and their progress, documents out, received faxes in.</summary>
public sealed class GatewayLinkGrpcService(
    ISender sender,
    FreshScopeSender freshScope,
    FaxGatewayRegistry registry,
    IFaxQueueSignal queue,
    IOptions<FaxOptions> options,
    IOptions<FaxDocumentLimits> limits,
    ICurrentUser caller,
    TimeProvider clock) : GatewayLinkService.GatewayLinkServiceBase
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
        var registration = (await freshScope.SendAsync(
            new RegisterGatewayLinesCommand(
                [.. register.Lines.Select(l => new GatewayLineRegistration(l.LineId, l.Number.OrNull(), l.CanSend, l.CanReceive))],
                [.. register.ActiveJobs.Select(j => new HeldLease(GatewayLinkMapping.ParseId(j.JobId), GatewayLinkMapping.ParseId(j.LeaseId)))]),
            context)).OrThrow();

        var connection = new StreamGatewayConnection(registration.GatewayId);
        await responseStream.WriteAsync(
            new CoreMessage { Registered = GatewayLinkMapping.ToRegistered(registration.GatewayId, options.Value.LeaseDuration, options.Value.HeartbeatInterval) },
            context.CancellationToken);
        foreach (var lost in registration.LostLeases)
        {
            connection.TrySend(new FaxLeaseLost(lost.JobId, lost.LeaseId));
        }

        registry.Connect(connection, registration.Lines.Select(l => (l.LineId, l.CanSend)));
        foreach (var held in register.ActiveJobs.Where(j => !registration.LostLeases.Any(l => l.JobId.ToString() == j.JobId)))
        {
            registry.SetLineStatus(registration.GatewayId, held.LineId, FaxLineStatus.Busy);
        }

        var writer = PumpAsync(connection, responseStream, context.CancellationToken);
        try
        {
            // Any message proves the gateway alive: every lease it holds is renewed at most twice a heartbeat, so a
            // long page on one line is not lost while its other lines keep the link too busy for heartbeats.
            var renewedAt = clock.GetUtcNow();
            while (await requestStream.MoveNext(context.CancellationToken))
            {
                await HandleAsync(requestStream.Current, connection, context);
                if (requestStream.Current.MessageCase == GatewayMessage.MessageOneofCase.Heartbeat)
                {
                    renewedAt = clock.GetUtcNow();
                }
                else if (clock.GetUtcNow() - renewedAt > options.Value.HeartbeatInterval / 2)
                {
                    (await freshScope.SendAsync(new RenewGatewayLeasesCommand(), context)).OrThrow();
                    renewedAt = clock.GetUtcNow();
                }
            }
        }
        finally
        {
            registry.Disconnect(connection);
            connection.Close();
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
                header.ReceivedAt.ToUtc() ?? DateTime.UtcNow,
                header.CallTime?.ToTimeSpan() ?? TimeSpan.Zero,
                header.BitRate,
                header.Ecm,
                header.SizeBytes,
                header.Sha256,
                tiff.ToArray()),
            context.CancellationToken)).OrThrow();
        return new ReceivedFaxReceipt { FaxId = receipt.FaxId.ToString(), Duplicate = receipt.Duplicate };
    }

    private async Task HandleAsync(GatewayMessage message, StreamGatewayConnection connection, ServerCallContext context)
    {
        switch (message.MessageCase)
        {
            case GatewayMessage.MessageOneofCase.LineState:
                registry.SetLineStatus(connection.GatewayId, message.LineState.LineId, message.LineState.Status switch
                {
                    LineStatus.Idle => FaxLineStatus.Idle,
                    LineStatus.Busy => FaxLineStatus.Busy,
                    _ => FaxLineStatus.OutOfService,
                });
                queue.JobsChanged();
                break;
            case GatewayMessage.MessageOneofCase.JobProgress:
            {
                var progress = message.JobProgress;
                var result = await freshScope.SendAsync(
                    new RecordFaxProgressCommand(
                        GatewayLinkMapping.ParseId(progress.JobId),
                        GatewayLinkMapping.ParseId(progress.LeaseId),
                        progress.Phase.ToDomain(),
                        progress.PageNumber,
                        progress.Page?.ToDomain(),
                        progress.RemoteId.OrNull()),
                    context);
                ReportLeaseLost(result, progress.JobId, progress.LeaseId, connection);
                break;
            }

            case GatewayMessage.MessageOneofCase.JobFinished:
            {
                var finished = message.JobFinished;
                var result = await freshScope.SendAsync(
                    new FinishFaxTryCommand(GatewayLinkMapping.ParseId(finished.JobId), GatewayLinkMapping.ParseId(finished.LeaseId), finished.ToDomain()),
                    context);
                ReportLeaseLost(result, finished.JobId, finished.LeaseId, connection);
                queue.JobsChanged();
                break;
            }

            case GatewayMessage.MessageOneofCase.Heartbeat:
                (await freshScope.SendAsync(new RenewGatewayLeasesCommand(), context)).OrThrow();
                break;
            default:
                throw new ResultFailureException(Error.Invalid("message", "only LineState, JobProgress, JobFinished and Heartbeat may follow Register"));
        }
    }

    private static void ReportLeaseLost<T>(Result<T> result, string jobId, string leaseId, StreamGatewayConnection connection)
    {
        if (result.IsSuccess)
        {
            return;
        }

        if (result.Error!.Code == GatewayErrors.LeaseLostCode)
        {
            connection.TrySend(new FaxLeaseLost(GatewayLinkMapping.ParseId(jobId), GatewayLinkMapping.ParseId(leaseId)));
            return;
        }

        throw new ResultFailureException(result.Error);
    }

    private static async Task PumpAsync(StreamGatewayConnection connection, IServerStreamWriter<CoreMessage> responseStream, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var message in connection.Outgoing.ReadAllAsync(cancellationToken))
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
