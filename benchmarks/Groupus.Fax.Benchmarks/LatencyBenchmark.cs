using Google.Protobuf;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.Benchmarks;

namespace Groupus.Fax.Benchmarks;

/// <summary>
/// Submit-to-dial latency with an idle line: one gateway with one idle line; a customer submits a one-page document;
/// timed from the SubmitFax call's start to the AssignJob arriving on the gateway's stream (the line is told to dial)
/// and to the document fetched. Each job is then finished (SUCCESS) and the line goes idle again.
/// </summary>
internal sealed class LatencyBenchmark(BenchmarkSession session, int runs, int warmUp, string documentKind)
{
    private static readonly TimeSpan AssignmentTimeout = TimeSpan.FromSeconds(30);

    public async Task RunAsync()
    {
        var gatewayHeaders = await session.SignInGatewayAsync($"bench-latency-{documentKind}");
        await using var gateway = await SimulatedGateway.ConnectAsync(session.Channel, gatewayHeaders, ["line-1"]);
        var submit = new List<double>();
        var toAssign = new List<double>();
        var toFetched = new List<double>();
        var fetch = new List<double>();
        long documentBytes = 0;
        for (var run = 0; run < warmUp + runs; run++)
        {
            await gateway.IdleAsync("line-1");
            // Let the idle line settle (the dispatcher finds nothing to do) so each run starts from the same state.
            await Task.Delay(20);
            var request = new SubmitFaxRequest
            {
                To = "020 7946 0123",
                Resolution = FaxResolution.Standard,
                Document = ByteString.CopyFrom(SampleDocuments.Create(documentKind, run)),
            };

            var started = Timing.Now();
            var job = await session.Fax.SubmitFaxAsync(request, session.Customer);
            var submitted = Timing.Now();
            using var timeout = new CancellationTokenSource(AssignmentTimeout);
            var (assignment, assignedAt) = await gateway.Assignments.ReadAsync(timeout.Token);
            if (assignment.JobId != job.JobId)
            {
                throw new InvalidOperationException($"run {run}: job {assignment.JobId} assigned, {job.JobId} submitted");
            }

            var fetchStarted = Timing.Now();
            documentBytes = await gateway.FetchDocumentAsync(assignment);
            var fetched = Timing.Now();
            await gateway.FinishSuccessAsync(assignment);
            await WaitUntilDoneAsync(job.JobId);

            if (run >= warmUp)
            {
                submit.Add(Timing.Milliseconds(started, submitted));
                toAssign.Add(Timing.Milliseconds(started, assignedAt));
                toFetched.Add(Timing.Milliseconds(started, fetched));
                fetch.Add(Timing.Milliseconds(fetchStarted, fetched));
            }
        }

        Console.WriteLine($"Submit-to-dial, one idle line, 1-page {documentKind} document ({documentBytes:N0}-byte TIFF), {runs} runs after {warmUp} warm-up runs:");
        Console.WriteLine();
        Console.WriteLine("| measured | runs | p50 ms | p95 ms | p99 ms | max ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        Console.WriteLine(PercentileRow.Of("SubmitFax RPC (render, store, queue)", submit));
        Console.WriteLine(PercentileRow.Of("submit start → AssignJob on the gateway (told to dial)", toAssign));
        Console.WriteLine(PercentileRow.Of("submit start → document fetched", toFetched));
        Console.WriteLine(PercentileRow.Of("FetchJobDocument alone", fetch));
        var over = toAssign.Count(ms => ms >= 1000);
        Console.WriteLine();
        Console.WriteLine($"Target < 1 s submit-to-dial: {(over == 0 ? "met" : "NOT met")} ({over} of {runs} runs at 1 s or more; slowest {toAssign.Max():F1} ms).");
        if (gateway.LeasesLost > 0)
        {
            Console.WriteLine($"Warning: {gateway.LeasesLost} LeaseLost message(s).");
        }
    }

    private async Task WaitUntilDoneAsync(string jobId)
    {
        for (var poll = 0; poll < 3000; poll++)
        {
            var job = await session.Fax.GetFaxJobAsync(new GetFaxJobRequest { JobId = jobId }, session.Customer, deadline: DateTime.UtcNow.AddSeconds(30));
            if (job.State == FaxJobState.Done)
            {
                return;
            }

            if (job.State is FaxJobState.Failed or FaxJobState.Cancelled)
            {
                throw new InvalidOperationException($"job {jobId} ended {job.State}");
            }

            await Task.Delay(5);
        }

        throw new TimeoutException($"job {jobId} not done");
    }
}
