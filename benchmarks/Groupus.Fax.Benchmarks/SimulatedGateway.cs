using System.Threading.Channels;
using Groupus.Api.Grpc.Gateway.V1;
using Groupus.Benchmarks;
using Grpc.Core;
using Grpc.Net.Client;

namespace Groupus.Fax.Benchmarks;

/// <summary>
/// A fax gateway played over the real link: one Connect stream, its lines registered, writes serialised, and every
/// AssignJob handed on with the monotonic time it arrived.
/// </summary>
internal sealed class SimulatedGateway : IAsyncDisposable
{
    private readonly AsyncDuplexStreamingCall<GatewayMessage, CoreMessage> _call;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<(AssignJob Job, long ArrivedAt)> _assignments = Channel.CreateUnbounded<(AssignJob, long)>();
    private Task? _reader;
    private Task? _heartbeats;

    private SimulatedGateway(GatewayLinkService.GatewayLinkServiceClient client, Metadata headers)
    {
        Client = client;
        Headers = headers;
        _call = client.Connect(headers, cancellationToken: _stop.Token);
    }

    public GatewayLinkService.GatewayLinkServiceClient Client { get; }

    public Metadata Headers { get; }

    public ChannelReader<(AssignJob Job, long ArrivedAt)> Assignments => _assignments.Reader;

    public int LeasesLost { get; private set; }

    public static async Task<SimulatedGateway> ConnectAsync(GrpcChannel channel, Metadata headers, IEnumerable<string> lineIds)
    {
        var gateway = new SimulatedGateway(new GatewayLinkService.GatewayLinkServiceClient(channel), headers);
        var register = new Register { Version = "benchmark" };
        register.Lines.AddRange(lineIds.Select(id => new GatewayLine { LineId = id, CanSend = true, CanReceive = true, FaxClass = "1", MaxBitRate = 14400, Ecm = true }));
        await gateway._call.RequestStream.WriteAsync(new GatewayMessage { Register = register });
        if (!await gateway._call.ResponseStream.MoveNext(gateway._stop.Token) || gateway._call.ResponseStream.Current.Registered is not { } registered)
        {
            throw new InvalidOperationException("The core did not answer Register with Registered.");
        }

        gateway._reader = gateway.ReadAsync();
        gateway._heartbeats = gateway.HeartbeatAsync(registered.HeartbeatInterval.ToTimeSpan());
        return gateway;
    }

    public async Task SendAsync(GatewayMessage message)
    {
        await _writeLock.WaitAsync();
        try
        {
            await _call.RequestStream.WriteAsync(message);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public Task IdleAsync(string lineId) =>
        SendAsync(new GatewayMessage { LineState = new LineState { LineId = lineId, Status = LineStatus.Idle } });

    /// <summary>The call succeeded: every page from the first one sent was confirmed.</summary>
    public Task FinishSuccessAsync(AssignJob job)
    {
        var finished = new JobFinished
        {
            JobId = job.JobId,
            LeaseId = job.LeaseId,
            Outcome = CallOutcome.Success,
            RemoteId = "+44 20 7946 0999",
            CallTime = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromSeconds(30)),
        };
        for (var page = job.FirstPage; page <= job.PageCount; page++)
        {
            finished.Pages.Add(new PageResult { PageNumber = page, Confirmed = true, Verdict = "MCF", BitRate = 14400, Ecm = true });
        }

        return SendAsync(new GatewayMessage { JobFinished = finished });
    }

    public async Task<long> FetchDocumentAsync(AssignJob job)
    {
        using var call = Client.FetchJobDocument(new FetchJobDocumentRequest { JobId = job.JobId, LeaseId = job.LeaseId }, Headers);
        long bytes = 0;
        while (await call.ResponseStream.MoveNext(CancellationToken.None))
        {
            bytes += call.ResponseStream.Current.Data.Length;
        }

        return bytes;
    }

    /// <summary>Drops the link (the call is cancelled, as when a gateway's process ends); the core releases the lines.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        foreach (var task in new[] { _reader, _heartbeats })
        {
            if (task is not null)
            {
                await task.WaitAsync(TimeSpan.FromSeconds(10));
            }
        }

        _call.Dispose();
        _stop.Dispose();
        _writeLock.Dispose();
    }

    private async Task ReadAsync()
    {
        try
        {
            while (await _call.ResponseStream.MoveNext(_stop.Token))
            {
                var arrivedAt = Timing.Now();
                var message = _call.ResponseStream.Current;
                switch (message.MessageCase)
                {
                    case CoreMessage.MessageOneofCase.AssignJob:
                        await _assignments.Writer.WriteAsync((message.AssignJob, arrivedAt));
                        break;
                    case CoreMessage.MessageOneofCase.LeaseLost:
                        LeasesLost++;
                        break;
                }
            }
        }
        catch (RpcException) when (_stop.IsCancellationRequested)
        {
        }
        catch (OperationCanceledException)
        {
        }
        catch (InvalidOperationException) when (_stop.IsCancellationRequested)
        {
        }
        finally
        {
            _assignments.Writer.TryComplete();
        }
    }

    private async Task HeartbeatAsync(TimeSpan interval)
    {
        try
        {
            using var timer = new PeriodicTimer(interval > TimeSpan.Zero ? interval : TimeSpan.FromSeconds(10));
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                await SendAsync(new GatewayMessage { Heartbeat = new Heartbeat() });
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (RpcException) when (_stop.IsCancellationRequested)
        {
        }
        catch (InvalidOperationException) when (_stop.IsCancellationRequested)
        {
        }
    }
}
