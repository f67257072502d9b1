using System.Reflection;
using Groupus.Api.Grpc.Gateway.V1;
using Grpc.Core;

namespace Groupus.FaxGateway.Link;

/// <summary>
/// The live link to the core: sign in, Hello, one Connect stream that starts with Register and the lines' states,
/// then carries the outbox (job progress and ends, line states) and heartbeats out, and the core's orders in. Any
/// failure ends the stream; the link then comes back after a capped, jittered backoff. The lines keep working
/// meanwhile, and the lease clock here tells them when a job can no longer be theirs.
/// </summary>
internal sealed partial class CoreLink(
    CoreClient client, ILinkedLines lines, LinkOutbox outbox, LeaseClock leases, CoreLinkOptions options, ILogger<CoreLink> logger, TimeProvider time)
{
    private static readonly string Version = typeof(CoreLink).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    private readonly ReconnectBackoff _backoff = new(
        TimeSpan.FromMilliseconds(options.ReconnectInitialDelayMilliseconds), TimeSpan.FromMilliseconds(options.ReconnectMaxDelayMilliseconds));

    private int _attempts;

    /// <summary>Connection attempts since start (each Hello tried).</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            Interlocked.Increment(ref _attempts);
            var registered = false;
            try
            {
                await SessionAsync(() => registered = true, cancellationToken);
                LogLinkClosed(logger);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (RpcException exception)
            {
                if (exception.StatusCode == StatusCode.Unauthenticated)
                {
                    client.Tokens.Forget();
                }

                LogLinkFailed(logger, exception.StatusCode.ToString(), exception.Status.Detail);
            }
            catch (Exception exception) when (exception is IOException or HttpRequestException or InvalidOperationException or CoreLinkProtocolException)
            {
                LogLinkFailed(logger, exception.GetType().Name, exception.Message);
            }
            finally
            {
                leases.Disconnected();
                outbox.DropLineStates();
            }

            failures = registered ? 0 : failures + 1;
            var delay = _backoff.DelayAfter(Math.Max(0, failures - 1));
            LogReconnecting(logger, (int)delay.TotalMilliseconds);
            try
            {
                await Task.Delay(delay, time, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private async Task SessionAsync(Action onRegistered, CancellationToken cancellationToken)
    {
        var headers = await client.Tokens.HeadersAsync(cancellationToken);
        var hello = await client.Link.HelloAsync(new HelloRequest(), headers, time.GetUtcNow().UtcDateTime.AddSeconds(30), cancellationToken);
        LogHello(logger, hello.GatewayId, hello.Name);

        using var session = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var call = client.Link.Connect(headers, cancellationToken: session.Token);
        outbox.DropJobs(job => leases.HasLapsed(job) && !lines.RunningJobs().Any(running => running.JobId == job.JobId));
        var register = new Register { Version = Version };
        register.Lines.AddRange(lines.Describe());
        register.ActiveJobs.AddRange(lines.RunningJobs().Concat(outbox.PendingJobs()).DistinctBy(job => job.JobId)
            .Select(job => new ActiveJob { JobId = job.JobId, LeaseId = job.LeaseId, LineId = job.LineId }));
        await call.RequestStream.WriteAsync(new GatewayMessage { Register = register }, session.Token);

        if (!await call.ResponseStream.MoveNext(session.Token))
        {
            throw new CoreLinkProtocolException("The core closed the link before answering Register.");
        }

        if (call.ResponseStream.Current.Registered is not { } registered)
        {
            throw new CoreLinkProtocolException($"The core answered Register with {call.ResponseStream.Current.MessageCase}, not Registered.");
        }

        var heartbeat = Apply(registered);
        foreach (var state in lines.CurrentStates())
        {
            outbox.EnqueueLineState(new GatewayMessage { LineState = state });
        }

        onRegistered();
        LogRegistered(logger, register.Lines.Count, register.ActiveJobs.Count, (int)leases.LeaseDuration.TotalSeconds);

        var reading = ReadAsync(call.ResponseStream, session.Token);
        var writing = WriteAsync(call.RequestStream, heartbeat, session.Token);
        var ended = await Task.WhenAny(reading, writing);
        await session.CancelAsync();
        // The other half stops because the session was cancelled; the half that ended first tells why.
        await Task.WhenAll(reading, writing).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        await ended;
    }

    private TimeSpan Apply(Registered registered)
    {
        leases.Registered(registered.LeaseDuration?.ToTimeSpan());
        var heartbeat = registered.HeartbeatInterval?.ToTimeSpan() ?? TimeSpan.Zero;
        return heartbeat > TimeSpan.Zero ? heartbeat : leases.LeaseDuration / 4;
    }

    private async Task ReadAsync(IAsyncStreamReader<CoreMessage> responses, CancellationToken cancellationToken)
    {
        while (await responses.MoveNext(cancellationToken))
        {
            var message = responses.Current;
            switch (message.MessageCase)
            {
                case CoreMessage.MessageOneofCase.AssignJob:
                    lines.Assign(message.AssignJob);
                    break;
                case CoreMessage.MessageOneofCase.CancelJob:
                    lines.Cancel(message.CancelJob);
                    break;
                case CoreMessage.MessageOneofCase.LeaseLost:
                    lines.LeaseLost(message.LeaseLost);
                    break;
                case CoreMessage.MessageOneofCase.Registered:
                    Apply(message.Registered);
                    break;
                default:
                    LogUnknownMessage(logger, message.MessageCase.ToString());
                    break;
            }
        }
    }

    private async Task WriteAsync(IClientStreamWriter<GatewayMessage> requests, TimeSpan heartbeatInterval, CancellationToken cancellationToken)
    {
        var nextHeartbeat = time.GetUtcNow() + heartbeatInterval;
        while (true)
        {
            var pending = outbox.Peek();
            if (pending is null)
            {
                var untilHeartbeat = nextHeartbeat - time.GetUtcNow();
                if (untilHeartbeat > TimeSpan.Zero)
                {
                    await outbox.WaitAsync(untilHeartbeat, cancellationToken);
                    continue;
                }

                pending = new PendingMessage(new GatewayMessage { Heartbeat = new Heartbeat() }, null);
            }

            await requests.WriteAsync(pending.Message, cancellationToken);
            outbox.Remove(pending);
            leases.Renewed();

            nextHeartbeat = time.GetUtcNow() + heartbeatInterval;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Core link: the core knows this gateway as {GatewayId} ({GatewayName})")]
    private static partial void LogHello(ILogger logger, string gatewayId, string gatewayName);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Core link: registered {LineCount} line(s) and {ActiveJobCount} active job(s); leases last {LeaseSeconds} s")]
    private static partial void LogRegistered(ILogger logger, int lineCount, int activeJobCount, int leaseSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Core link: the core closed the link")]
    private static partial void LogLinkClosed(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Core link failed: {Reason}: {Detail}")]
    private static partial void LogLinkFailed(ILogger logger, string reason, string detail);

    [LoggerMessage(Level = LogLevel.Information, Message = "Core link: reconnecting in {DelayMilliseconds} ms")]
    private static partial void LogReconnecting(ILogger logger, int delayMilliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Core link: ignored a core message of kind {Kind}")]
    private static partial void LogUnknownMessage(ILogger logger, string kind);
}
