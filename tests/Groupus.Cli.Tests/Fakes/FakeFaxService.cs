using Grpc.Core;
using Groupus.Api.Grpc.Fax.V1;

namespace Groupus.Cli.Tests.Fakes;

public sealed class FakeFaxService(FakeBackend backend) : FaxService.FaxServiceBase
{
    public override Task<FaxJob> UploadFax(IAsyncStreamReader<UploadFaxRequest> requestStream, ServerCallContext context) =>
        backend.Gather<UploadFaxRequest, FaxJob>(requestStream, context);

    public override Task<FaxJob> GetFaxJob(GetFaxJobRequest request, ServerCallContext context) =>
        backend.Answer<GetFaxJobRequest, FaxJob>(request, context);

    public override async Task WatchFaxJob(GetFaxJobRequest request, IServerStreamWriter<FaxJob> responseStream, ServerCallContext context)
    {
        var last = await backend.Stream(request, responseStream, context);
        if (last?.State is not (FaxJobState.Done or FaxJobState.Failed or FaxJobState.Cancelled))
        {
            // Like the real server, the stream stays open until the job is finished or the caller stops watching.
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
        }
    }

    public override Task<ListFaxJobsResponse> ListFaxJobs(ListFaxJobsRequest request, ServerCallContext context) =>
        backend.Answer<ListFaxJobsRequest, ListFaxJobsResponse>(request, context);

    public override Task<FaxJob> CancelFaxJob(CancelFaxJobRequest request, ServerCallContext context) =>
        backend.Answer<CancelFaxJobRequest, FaxJob>(request, context);

    public override Task<FaxJob> ResendFaxJob(ResendFaxJobRequest request, ServerCallContext context) =>
        backend.Answer<ResendFaxJobRequest, FaxJob>(request, context);

    public override Task DownloadFaxJob(DownloadFaxJobRequest request, IServerStreamWriter<FileChunk> responseStream, ServerCallContext context) =>
        backend.Stream(request, responseStream, context);

    public override Task<ListReceivedFaxesResponse> ListReceivedFaxes(ListReceivedFaxesRequest request, ServerCallContext context) =>
        backend.Answer<ListReceivedFaxesRequest, ListReceivedFaxesResponse>(request, context);

    public override Task DownloadReceivedFax(DownloadReceivedFaxRequest request, IServerStreamWriter<FileChunk> responseStream, ServerCallContext context) =>
        backend.Stream(request, responseStream, context);

    public override Task<ListReceivedFaxesResponse> ListUnroutedFaxes(ListUnroutedFaxesRequest request, ServerCallContext context) =>
        backend.Answer<ListUnroutedFaxesRequest, ListReceivedFaxesResponse>(request, context);

    public override Task<ReceivedFax> RouteReceivedFax(RouteReceivedFaxRequest request, ServerCallContext context) =>
        backend.Answer<RouteReceivedFaxRequest, ReceivedFax>(request, context);
}
