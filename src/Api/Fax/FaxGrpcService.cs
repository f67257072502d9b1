using Groupus.Api.Grpc.Errors;
using Groupus.Api.Security;
using Groupus.Application.Common.Security;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.Api.Grpc.Mapping;
using Groupus.Application.Fax.CancelFaxJob;
using Groupus.Application.Fax.Documents;
using Groupus.Application.Fax.DownloadFaxJob;
using Groupus.Application.Fax.DownloadReceivedFax;
using Groupus.Application.Fax.GetFaxJob;
using Groupus.Application.Fax.GetReceivedFax;
using Groupus.Application.Fax.ListFaxJobs;
using Groupus.Application.Fax.ListReceivedFaxes;
using Groupus.Application.Fax.ListUnroutedFaxes;
using Groupus.Application.Fax.ResendFaxJob;
using Groupus.Application.Fax.RouteReceivedFax;
using Groupus.Application.Fax.SubmitFax;
using static Groupus.Domain.Fax.FaxJobStateExtensions;
using Grpc.Core;
using Mediator;
using Microsoft.Extensions.Options;

namespace Groupus.Api.Fax;

public sealed class FaxGrpcService(
    ISender sender, FreshScopeSender freshScope, IOptions<FaxDocumentLimits> limits, ICurrentUser caller) : FaxService.FaxServiceBase
{
    private static readonly TimeSpan WatchPoll = TimeSpan.FromMilliseconds(250);

    public override Task<FaxJob> SubmitFax(SubmitFaxRequest request, ServerCallContext context) =>
        SubmitAsync(request, request.Document.Memory, context.CancellationToken);

    public override async Task<FaxJob> UploadFax(IAsyncStreamReader<UploadFaxRequest> requestStream, ServerCallContext context)
    {
        EarlyAuthorisation.Demand<SubmitFaxCommand>(caller);
        var header = await requestStream.MoveNext(context.CancellationToken) && requestStream.Current.PartCase == UploadFaxRequest.PartOneofCase.Header
            ? requestStream.Current.Header
            : new SubmitFaxRequest();
        using var document = new MemoryStream();
        while (await requestStream.MoveNext(context.CancellationToken))
        {
            UploadLimits.Append(document, requestStream.Current.Chunk.Span, limits.Value.MaximumBytes);
        }

        return await SubmitAsync(header, document.ToArray(), context.CancellationToken);
    }

    public override async Task<FaxJob> GetFaxJob(GetFaxJobRequest request, ServerCallContext context) =>
        (await sender.Send(new GetFaxJobQuery(request.JobId), context.CancellationToken)).OrThrow().ToProto();

    public override async Task WatchFaxJob(GetFaxJobRequest request, IServerStreamWriter<FaxJob> responseStream, ServerCallContext context)
    {
        long? lastVersion = null;
        while (!context.CancellationToken.IsCancellationRequested)
        {
            // A fresh scope each time: the call's own context would keep returning the row as it first read it.
            var job = (await freshScope.QueryAsync(new GetFaxJobQuery(request.JobId), context)).OrThrow();
            if (job.Version != lastVersion)
            {
                await responseStream.WriteAsync(job.ToProto(), context.CancellationToken);
                lastVersion = job.Version;
            }

            if (job.State.IsFinal())
            {
                return;
            }

            await Task.Delay(WatchPoll, context.CancellationToken);
        }
    }

    public override async Task<ListFaxJobsResponse> ListFaxJobs(ListFaxJobsRequest request, ServerCallContext context) =>
        (await sender.Send(
            new ListFaxJobsQuery(request.OrganisationId.OrNull(), [.. request.States.Select(FaxEnumMaps.FaxJobState.ToDomainOrUnset)], request.PageSize, request.PageToken.OrNull()),
            context.CancellationToken)).OrThrow().ToProto();

    public override async Task<FaxJob> CancelFaxJob(CancelFaxJobRequest request, ServerCallContext context) =>
        (await sender.Send(new CancelFaxJobCommand(request.JobId), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<FaxJob> ResendFaxJob(ResendFaxJobRequest request, ServerCallContext context) =>
        (await sender.Send(new ResendFaxJobCommand(request.JobId, request.To.OrNull()), context.CancellationToken)).OrThrow().ToProto();

    public override async Task DownloadFaxJob(DownloadFaxJobRequest request, IServerStreamWriter<FileChunk> responseStream, ServerCallContext context)
    {
        var file = (await sender.Send(new DownloadFaxJobQuery(request.JobId, request.Format.ToDomain()), context.CancellationToken)).OrThrow();
        await FileChunks.WriteAsync(file, responseStream, context.CancellationToken);
    }

    public override async Task<ListReceivedFaxesResponse> ListReceivedFaxes(ListReceivedFaxesRequest request, ServerCallContext context) =>
        (await sender.Send(new ListReceivedFaxesQuery(request.OrganisationId.OrNull(), request.PageSize, request.PageToken.OrNull()), context.CancellationToken))
            .OrThrow().ToProto();

    public override async Task<ReceivedFax> GetReceivedFax(GetReceivedFaxRequest request, ServerCallContext context) =>
        (await sender.Send(new GetReceivedFaxQuery(request.FaxId), context.CancellationToken)).OrThrow().ToProto();

    public override async Task DownloadReceivedFax(DownloadReceivedFaxRequest request, IServerStreamWriter<FileChunk> responseStream, ServerCallContext context)
    {
        var file = (await sender.Send(new DownloadReceivedFaxQuery(request.FaxId, request.Format.ToDomain()), context.CancellationToken)).OrThrow();
        await FileChunks.WriteAsync(file, responseStream, context.CancellationToken);
    }

    public override async Task<ListReceivedFaxesResponse> ListUnroutedFaxes(ListUnroutedFaxesRequest request, ServerCallContext context) =>
        (await sender.Send(new ListUnroutedFaxesQuery(request.PageSize, request.PageToken.OrNull()), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<ReceivedFax> RouteReceivedFax(RouteReceivedFaxRequest request, ServerCallContext context) =>
        (await sender.Send(new RouteReceivedFaxCommand(request.FaxId, request.OrganisationId), context.CancellationToken)).OrThrow().ToProto();

    private async Task<FaxJob> SubmitAsync(SubmitFaxRequest request, ReadOnlyMemory<byte> document, CancellationToken cancellationToken) =>
        (await sender.Send(
            new SubmitFaxCommand(
                request.OrganisationId.OrNull(),
                request.To,
                request.Resolution.ToDomain(),
                request.Cover.ToDomain(),
                request.Priority,
                request.NotBefore.ToUtc(),
                document),
            cancellationToken)).OrThrow().ToProto();
}
