using System.Collections.Concurrent;
using System.Threading.Channels;
using Google.Protobuf.WellKnownTypes;
using Groupus.Api.Grpc.Gateway.V1;
using Groupus.TestSupport.Grpc;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.FaxGateway.Tests.Service;

/// <summary>
/// A stand-in for the core's side of the gateway link, on real Kestrel (HTTP/2, 127.0.0.1, a free port): it signs the
/// gateway in, records everything the gateway says, lets a test assign and cancel jobs, serve documents, drop the
/// link, refuse service (as a core that is down) and lose upload receipts.
/// </summary>
internal sealed class FakeCore : IAsyncDisposable
{
    public const string GatewayId = "gw-test";
    public const string Secret = "not-a-real-secret";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly LoopbackGrpcServer _server;
    private readonly ConcurrentQueue<(int Session, GatewayMessage Message)> _messages = new();
    private Channel<CoreMessage>? _toGateway;
    private CancellationTokenSource? _session;
    private int _sessions;
    private int _hellos;

    private FakeCore(LoopbackGrpcServer server) => _server = server;

    public string Address => _server.Address;

    /// <summary>False: every call fails with UNAVAILABLE, as when the core is down.</summary>
    public bool Available { get; set; } = true;

    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>This many uploads are stored, then answered with UNAVAILABLE, as if the receipt were lost on the way.</summary>
    public int ReceiptsToLose { get; set; }

    public ConcurrentDictionary<string, byte[]> Documents { get; } = new();

    public ConcurrentQueue<(ReceivedFaxHeader Header, byte[] Tiff, bool Duplicate)> Uploads { get; } = new();

    public int Hellos => Volatile.Read(ref _hellos);

    public int Sessions => Volatile.Read(ref _sessions);

    public IReadOnlyList<(int Session, GatewayMessage Message)> Messages => _messages.ToArray();

    public static async Task<FakeCore> StartAsync()
    {
        var holder = new FakeCoreHolder();
        var server = await LoopbackGrpcServer.StartAsync(
            services => services.AddSingleton(holder),
            app =>
            {
                app.MapGrpcService<FakeGatewayLinkService>();
                app.MapGrpcService<FakeAuthService>();
            });
        var core = new FakeCore(server);
        holder.Core = core;
        return core;
    }

    public Task AssignAsync(AssignJob job) => SendAsync(new CoreMessage { AssignJob = job });

    public Task SendAsync(CoreMessage message) => _toGateway!.Writer.WriteAsync(message).AsTask();

    /// <summary>Ends the current Connect stream from the core's side.</summary>
    public void DropLink() => _session?.Cancel();

    public async Task<GatewayMessage> WaitForAsync(Func<GatewayMessage, bool> match, int fromSession = 0)
    {
        var until = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < until)
        {
            foreach (var (session, message) in _messages)
            {
                if (session >= fromSession && match(message))
                {
                    return message;
                }
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("The gateway did not send the expected message. Received: "
            + string.Join(" | ", _messages.Select(entry => $"{entry.Session}:{entry.Message}")));
    }

    public static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var until = DateTime.UtcNow + Patience;
        while (!condition())
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"Timed out waiting until {what}.");
            }

            await Task.Delay(20);
        }
    }

    public IEnumerable<GatewayMessage> MessagesOfJob(string jobId) => _messages.Select(entry => entry.Message).Where(message =>
        message.JobProgress?.JobId == jobId || message.JobFinished?.JobId == jobId);

    private readonly HashSet<string> _uploadKeys = [];

    /// <summary>False when the key was uploaded before.</summary>
    internal bool RememberUpload(string key)
    {
        lock (_uploadKeys)
        {
            return _uploadKeys.Add(key);
        }
    }

    internal void Hello() => Interlocked.Increment(ref _hellos);

    internal (int Session, ChannelReader<CoreMessage> Outgoing, CancellationToken Ends) BeginSession(CancellationToken callEnds)
    {
        var session = Interlocked.Increment(ref _sessions);
        _toGateway = Channel.CreateUnbounded<CoreMessage>();
        _session = CancellationTokenSource.CreateLinkedTokenSource(callEnds);
        return (session, _toGateway.Reader, _session.Token);
    }

    internal Registered Registered() => new()
    {
        GatewayId = GatewayId,
        LeaseDuration = Duration.FromTimeSpan(LeaseDuration),
        HeartbeatInterval = Duration.FromTimeSpan(HeartbeatInterval),
    };

    internal void Record(int session, GatewayMessage message) => _messages.Enqueue((session, message));

    public async ValueTask DisposeAsync()
    {
        _session?.Cancel();
        await _server.DisposeAsync();
    }
}
