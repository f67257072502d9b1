using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Groupus.GrpcLoad;

var options = LoadOptions.Parse(args);
var clients = Enumerable.Range(0, options.Connections)
    .Select(_ => new HttpClient(new SocketsHttpHandler { EnableMultipleHttp2Connections = false }) { BaseAddress = options.Url })
    .ToArray();
long next = 0, succeeded = 0, failed = 0;
var log = new System.Collections.Concurrent.ConcurrentBag<string>();
var statuses = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
var clock = Stopwatch.StartNew();
var deadline = TimeSpan.FromSeconds(options.Seconds);

async Task StreamAsync(HttpClient client)
{
    while (clock.Elapsed < deadline)
    {
        var body = Bodies.Frame(options.Kind, options.Prefix, Interlocked.Increment(ref next));
        using var request = new HttpRequestMessage(HttpMethod.Post, options.Path)
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TryAddWithoutValidation("te", "trailers");
        if (options.Token is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var startedUnixMicroseconds = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1000;
        var started = Stopwatch.GetTimestamp();
        using var response = await client.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        var micros = (long)Stopwatch.GetElapsedTime(started).TotalMicroseconds;
        var status = response.TrailingHeaders.TryGetValues("grpc-status", out var values) ? values.First()
            : response.Headers.TryGetValues("grpc-status", out var early) ? early.First() : "none";
        statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
        Interlocked.Increment(ref status == "0" ? ref succeeded : ref failed);
        log.Add($"{startedUnixMicroseconds}\t{(int)response.StatusCode}\t{micros}");
    }
}

await Task.WhenAll(clients.SelectMany(client => Enumerable.Range(0, options.Streams).Select(_ => StreamAsync(client))));
var elapsed = clock.Elapsed.TotalSeconds;
if (options.LogFile is { } file)
{
    await File.WriteAllLinesAsync(file, log);
}

// The two lines the harness reads from h2load's output, in h2load's words.
Console.WriteLine($"finished in {elapsed:F2}s, {(succeeded + failed) / elapsed:F2} req/s");
Console.WriteLine($"grpc-status: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}={s.Value}"))}");
return failed == 0 ? 0 : 1;
