using Groupus.Fax.Benchmarks;
using Grpc.Net.Client;

// Fax service benchmarks against a running core (not tests: started by benchmarks/fax-dispatch.sh).
//   latency    --server URL --admin-password P [--runs 200] [--warm-up 10] [--document text|pdf]
//   scheduling --server URL --admin-password P [--jobs 10000] [--lines 8] [--numbers 2000] [--queueing 4] [--dump jobs.csv]
// Each mode makes its own customer organisation and gateway credential. Prints Markdown for docs/BENCHMARKS.md.
if (args.Length == 0 || args[0] is not ("latency" or "scheduling"))
{
    Console.Error.WriteLine("usage: latency|scheduling --server URL --admin-password P [options]");
    return 2;
}

var options = new BenchmarkArguments(args);
using var channel = GrpcChannel.ForAddress(options.Required("server"));
var session = await BenchmarkSession.StartAsync(channel, options.Required("admin-password"), args[0]);
if (args[0] == "latency")
{
    await new LatencyBenchmark(session, options.Number("runs", 200), options.Number("warm-up", 10), options.Text("document", "text")).RunAsync();
}
else
{
    await new SchedulingBenchmark(session, options.Number("jobs", 10000), options.Number("lines", 8), options.Number("numbers", 2000), options.Number("queueing", 4), options.Text("dump", "") is { Length: > 0 } dump ? dump : null).RunAsync();
}

return 0;
