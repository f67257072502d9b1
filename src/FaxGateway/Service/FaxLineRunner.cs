using System.Diagnostics;
using Groupus.Api.Grpc.Gateway.V1;
using Groupus.Fax.Modems.Lines;
using Groupus.Fax.T30.Calls;
using Groupus.FaxGateway.Link;
using Groupus.Fax.Modems.Serial;
using Groupus.FaxGateway.Telemetry;

namespace Groupus.FaxGateway.Service;

/// <summary>
/// One configured line in service mode. Idle, it waits for a call (a short wait, repeated, that a job interrupts)
/// and spools what it receives; given a job, it fetches the document and sends the pages still to send. It keeps
/// working whether or not the core is reachable. Logs carry the line's name, never numbers or remote identities.
/// </summary>
internal sealed partial class FaxLineRunner(
    FaxLineOptions line,
    GatewayServiceOptions options,
    FaxModemDriverFactory drivers,
    LinkOutbox outbox,
    LeaseClock leases,
    DialPlan dialPlan,
    JobDocumentFetcher documents,
    ReceivedFaxSpool spool,
    ReceivedFaxUploader uploader,
    GatewayMetrics metrics,
    ILogger logger,
    TimeProvider time)
{
    private readonly object _gate = new();
    private LineActivity _activity = LineActivity.Starting;
    private string _problem = "starting";
    private OutboundJob? _pending;
    private OutboundJob? _running;
    private CancellationTokenSource? _listening;

    public string Name => line.Name;

    public OutboundJob? CurrentJob
    {
        get
        {
            lock (_gate)
            {
                return _running ?? _pending;
            }
        }
    }

    public GatewayLine Describe() => new()
    {
        LineId = line.Name,
        Number = dialPlan.E164For(line.Number),
        CanSend = true,
        CanReceive = true,
        FaxClass = line.Class,
        MaxBitRate = 14400,
        Ecm = line.UsesEcm,
    };

    public LineState State()
    {
        lock (_gate)
        {
            return _activity switch
            {
                LineActivity.Listening => new LineState { LineId = line.Name, Status = LineStatus.Idle },
                LineActivity.Receiving or LineActivity.Sending => new LineState { LineId = line.Name, Status = LineStatus.Busy },
                _ => new LineState { LineId = line.Name, Status = LineStatus.OutOfService, Detail = _problem },
            };
        }
    }

    /// <summary>Takes a job if the line is listening and has none; the wait for a call is interrupted at once.</summary>
    public bool TryAssign(OutboundJob job)
    {
        CancellationTokenSource? listening;
        lock (_gate)
        {
            if (_activity != LineActivity.Listening || _pending is not null || _running is not null)
            {
                return false;
            }

            _pending = job;
            listening = _listening;
        }

        listening?.Cancel();
        return true;
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            ModemChannel channel;
            try
            {
                channel = new ModemChannel(SerialModemPort.Open(line.Device, line.Port.ToModemPortOptions()));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
            {
                await OutOfServiceAsync($"the device cannot be opened: {exception.Message}", cancellationToken);
                continue;
            }

            await using (channel)
            {
                try
                {
                    LogOpened(logger, line.Name, line.Device, line.Class);
                    var identity = await drivers.Create(line.Class, channel, line).ProbeAsync(cancellationToken);
                    LogModem(logger, line.Name, identity.Manufacturer, identity.Model, identity.Revision, string.Join(",", identity.FaxClasses));
                    var listener = drivers.Create(line.Class, channel, line);
                    var modemReady = false;
                    while (!cancellationToken.IsCancellationRequested)
                    {
                        if (TakePendingJob() is { } job)
                        {
                            modemReady = false;
                            await RunJobAsync(job, channel, cancellationToken);
                        }
                        else
                        {
                            modemReady = await ListenAsync(listener, modemReady, cancellationToken);
                        }
                    }
                }
                catch (ModemNotRespondingException exception)
                {
                    await OutOfServiceAsync($"the modem is not responding ({exception.WaitingFor})", cancellationToken);
                }
                catch (Exception exception) when (exception is IOException or TimeoutException && !cancellationToken.IsCancellationRequested)
                {
                    await OutOfServiceAsync($"the device failed: {exception.Message}", cancellationToken);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    return;
                }
            }
        }
    }

    /// <summary>
    /// One wait for a call. True when none came and the modem was left set up and on hook, so the next wait only
    /// checks it (a reset or ATH0 each cycle makes some modems turn callers away for seconds).
    /// </summary>
    private async Task<bool> ListenAsync(IFaxModemDriver driver, bool modemReady, CancellationToken cancellationToken)
    {
        using var listening = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        lock (_gate)
        {
            _listening = listening;
        }

        SetActivity(LineActivity.Listening);
        var idempotencyKey = string.Empty;
        var answeredAt = DateTimeOffset.MinValue;
        var answered = 0L;
        var progress = new SynchronousProgress<FaxProgress>(step =>
        {
            if (step.Phase >= FaxCallPhase.Answering && answered == 0)
            {
                answered = Stopwatch.GetTimestamp();
                answeredAt = time.GetUtcNow();
                idempotencyKey = Guid.NewGuid().ToString();
                SetActivity(LineActivity.Receiving);
            }
        });

        FaxCallResult result;
        try
        {
            var request = new FaxReceiveRequest(line.AnswerRings, TimeSpan.FromSeconds(options.ListenCycleSeconds), modemReady);
            result = await driver.ReceiveAsync(request, progress, listening.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false; // a job came
        }
        finally
        {
            lock (_gate)
            {
                _listening = null;
            }
        }

        if (result.Outcome == FaxCallOutcome.NoIncomingCall)
        {
            return true;
        }

        metrics.InboundCallEnded(line.Name, result);

        var kept = result.Pages.Where(page => page.Accepted && page.Image is not null).ToList();
        if (kept.Count == 0)
        {
            LogReceiveFailed(logger, line.Name, result.Outcome.ToString(), result.Error.Name);
            return false;
        }

        var header = new SpooledFaxHeader(
            idempotencyKey.Length > 0 ? idempotencyKey : Guid.NewGuid().ToString(),
            line.Name,
            string.Empty,
            result.RemoteIdentity ?? string.Empty,
            kept.Count,
            answered != 0 ? answeredAt : time.GetUtcNow(),
            answered != 0 ? (long)Stopwatch.GetElapsedTime(answered).TotalMilliseconds : 0,
            kept[^1].Parameters.BitRate,
            kept[^1].Parameters.ErrorCorrection);
        try
        {
            spool.Save(header, kept.Select(page => page.Image!).ToList());
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            LogSpoolFailed(logger, line.Name, kept.Count, spool.Directory, exception.Message);
            return false;
        }

        LogReceived(logger, line.Name, kept.Count, result.Outcome.ToString());
        uploader.Wake();
        return false;
    }

    private async Task RunJobAsync(OutboundJob job, ModemChannel channel, CancellationToken cancellationToken)
    {
        SetActivity(LineActivity.Sending);
        var assignment = job.Assignment;
        LogJobStarted(logger, line.Name, assignment.JobId, assignment.FirstPage, assignment.PageCount);
        using var call = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, job.Stopping);
        using var watch = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var watchdog = WatchLeaseAsync(job, watch.Token);
        try
        {
            var result = await SendAsync(job, channel, call.Token);
            Finish(job, result is null ? null : job.Finished(result));
        }
        catch (JobDocumentException exception)
        {
            Finish(job, JobMessages.LocalFailure(assignment, exception.Message));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Finish(job, job.Finished(null));
        }
        catch (OperationCanceledException)
        {
            LogJobInterrupted(logger, line.Name, assignment.JobId);
            throw;
        }
        catch (Exception exception) when (exception is ModemNotRespondingException or IOException)
        {
            Finish(job, job.FailedLocally(exception is ModemNotRespondingException modem
                ? $"The modem stopped responding ({modem.WaitingFor})"
                : "The modem's device failed"));
            throw;
        }
        finally
        {
            await watch.CancelAsync();
            await watchdog;
            lock (_gate)
            {
                _running = null;
            }

            job.Dispose();
        }
    }

    /// <returns>The driver's result, or null when the job cannot be sent (already reported).</returns>
    private async Task<FaxCallResult?> SendAsync(OutboundJob job, ModemChannel channel, CancellationToken cancellationToken)
    {
        var assignment = job.Assignment;
        var document = await documents.FetchAsync(assignment, cancellationToken);
        if (assignment.FirstPage < 1 || assignment.FirstPage > assignment.PageCount || assignment.PageCount > document.Count)
        {
            throw new JobDocumentException(
                $"Pages {assignment.FirstPage} to {assignment.PageCount} were asked for; the document has {document.Count}.");
        }

        string number;
        try
        {
            number = dialPlan.DialStringFor(assignment.Number);
        }
        catch (ArgumentException)
        {
            throw new JobDocumentException("The number to dial is not in E.164 form.");
        }

        var pages = document.Skip(assignment.FirstPage - 1).Take(assignment.PageCount - assignment.FirstPage + 1).ToList();
        job.PagesToSend = pages.Count;
        var driver = drivers.Create(line.Class, channel, ForJob(assignment));
        return await driver.SendAsync(new FaxSendRequest(number, pages), job, cancellationToken);
    }

    /// <summary>The line with the job's own identity (TSI), when the core gave one the modem can take.</summary>
    private FaxLineOptions ForJob(AssignJob assignment)
    {
        var localId = assignment.LocalId;
        if (localId.Length == 0 || localId.Length > 20 || localId.Any(c => !(char.IsAsciiDigit(c) || c is '+' or ' ')))
        {
            return line;
        }

        return new FaxLineOptions
        {
            Name = line.Name,
            Device = line.Device,
            Class = line.Class,
            LocalId = localId,
            Number = line.Number,
            AnswerRings = line.AnswerRings,
            Ecm = line.Ecm,
            Port = line.Port,
            Quirks = line.Quirks,
        };
    }

    private void Finish(OutboundJob job, GatewayMessage? finished)
    {
        if (job.IsAbandoned || finished is null)
        {
            outbox.DropJob(job.Lease.JobId, job.Lease.LeaseId);
            LogJobAbandoned(logger, line.Name, job.Lease.JobId, job.StopReason.ToString());
            return;
        }

        outbox.EnqueueForJob(job.Lease, finished);
        metrics.OutboundCallEnded(line.Name, finished.JobFinished);
        LogJobFinished(logger, line.Name, job.Lease.JobId, finished.JobFinished.Outcome.ToString(), finished.JobFinished.Pages.Count(page => page.Confirmed));
    }

    private async Task WatchLeaseAsync(OutboundJob job, CancellationToken cancellationToken)
    {
        var period = TimeSpan.FromMilliseconds(Math.Clamp(leases.LeaseDuration.TotalMilliseconds / 20, 20, 1000));
        using var timer = new PeriodicTimer(period, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                if (leases.HasLapsed(job.Lease))
                {
                    LogLeaseLapsed(logger, line.Name, job.Lease.JobId);
                    job.RequestStop(JobStopReason.LeaseLapsed);
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // the job ended
        }
    }

    private OutboundJob? TakePendingJob()
    {
        lock (_gate)
        {
            (_running, _pending) = (_pending, null);
            return _running;
        }
    }

    private async Task OutOfServiceAsync(string problem, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _problem = problem;
        }

        LogOutOfService(logger, line.Name, problem, options.OutOfServiceRetrySeconds);
        SetActivity(LineActivity.OutOfService);
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(options.OutOfServiceRetrySeconds), time, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // shutting down
        }
    }

    private void SetActivity(LineActivity activity)
    {
        LineState? before;
        LineState after;
        lock (_gate)
        {
            before = State();
            _activity = activity;
            after = State();
        }

        if (before.Status != after.Status && leases.IsRegistered)
        {
            outbox.EnqueueLineState(new GatewayMessage { LineState = after });
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Line {Line}: opened {Device} (class {FaxClass})")]
    private static partial void LogOpened(ILogger logger, string line, string device, string faxClass);

    [LoggerMessage(Level = LogLevel.Information, Message = "Line {Line}: modem {Manufacturer} {Model} revision {Revision}, fax classes {Classes}")]
    private static partial void LogModem(ILogger logger, string line, string manufacturer, string model, string revision, string classes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Line {Line}: out of service, {Problem}; trying again in {Seconds} s")]
    private static partial void LogOutOfService(ILogger logger, string line, string problem, int seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Line {Line}: received a fax of {Pages} page(s) ({Outcome}); spooled for the core")]
    private static partial void LogReceived(ILogger logger, string line, int pages, string outcome);

    [LoggerMessage(Level = LogLevel.Error, Message = "Line {Line}: a received fax of {Pages} page(s) could not be written to the spool {Directory}: {Reason}")]
    private static partial void LogSpoolFailed(ILogger logger, string line, int pages, string directory, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Line {Line}: an incoming call brought no page ({Outcome}, {Error})")]
    private static partial void LogReceiveFailed(ILogger logger, string line, string outcome, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Line {Line}: job {JobId} started, pages {FirstPage} to {PageCount}")]
    private static partial void LogJobStarted(ILogger logger, string line, string jobId, int firstPage, int pageCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Line {Line}: job {JobId} finished: {Outcome}, {Confirmed} page(s) confirmed")]
    private static partial void LogJobFinished(ILogger logger, string line, string jobId, string outcome, int confirmed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Line {Line}: job {JobId} abandoned ({Reason}); the core will give it out again")]
    private static partial void LogJobAbandoned(ILogger logger, string line, string jobId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Line {Line}: the lease of job {JobId} could not be renewed in time; hanging up after the current page")]
    private static partial void LogLeaseLapsed(ILogger logger, string line, string jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Line {Line}: job {JobId} interrupted by shutdown")]
    private static partial void LogJobInterrupted(ILogger logger, string line, string jobId);
}
