using System.Threading.Channels;
using Groupus.Fax.Imaging;
using Groupus.Fax.T30;
using Groupus.Fax.T30.Pages;

namespace Groupus.Fax.T38.Terminal;

/// <summary>
/// One T.30 session run over an IFP channel: carries out the engine's actions (transmissions through
/// <see cref="IfpTransmitter"/>, timers against the clock) and feeds it what <see cref="IfpSignalReceiver"/> makes of
/// the packets that arrive. Half duplex as T.30 is: the engine ignores what arrives while it transmits.
/// </summary>
internal sealed class T38Call
{
    private const int InboxCapacity = 4096;
    private readonly T30Session _session;
    private readonly IIfpChannel _channel;
    private readonly TimeProvider _time;
    private readonly IfpTransmitter _transmitter;
    private readonly IfpSignalReceiver _receiver;
    private readonly Dictionary<T30Timer, long> _deadlines = [];
    private readonly Queue<T30Event> _events = new();
    // Bounded: a peer flooding the call loses its own packets (T.30 recovers or fails), it never grows our memory.
    private readonly Channel<IfpArrival> _inbox = Channel.CreateBounded<IfpArrival>(new BoundedChannelOptions(InboxCapacity)
    {
        SingleReader = true,
        SingleWriter = true,
        FullMode = BoundedChannelFullMode.DropWrite,
    });
    private readonly List<FaxPage> _receivedPages = [];

    public T38Call(T30Session session, IIfpChannel channel, T38TerminalOptions options, TimeProvider time)
    {
        _session = session;
        _channel = channel;
        _time = time;
        _transmitter = new IfpTransmitter(channel, options, time);
        _receiver = new IfpSignalReceiver(options.RateManagement, MeasureReceivedPage);
    }

    public IReadOnlyList<FaxPage> ReceivedPages => _receivedPages;

    public async Task<T30SessionResult> RunAsync(CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pump = PumpAsync(stop.Token);
        try
        {
            // CNG or CED: nothing depends on them over T.38, but gateways and analysers expect the call to open with one.
            var tone = _session.Role == T30Role.Caller ? T30IndicatorType.Cng : T30IndicatorType.Ced;
            await _transmitter.IndicateAsync(tone, cancellationToken).ConfigureAwait(false);
            var actions = _session.Start();
            while (true)
            {
                await ExecuteAsync(actions, cancellationToken).ConfigureAwait(false);
                if (_session.Result is { } result)
                {
                    return result;
                }

                actions = _session.Handle(await NextEventAsync(cancellationToken).ConfigureAwait(false));
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await pump.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task ExecuteAsync(IReadOnlyList<T30Action> actions, CancellationToken cancellationToken)
    {
        while (actions.Count > 0)
        {
            var transmitted = false;
            foreach (var action in actions)
            {
                if (action.IsTransmit)
                {
                    await _transmitter.TransmitAsync(action, cancellationToken).ConfigureAwait(false);
                    transmitted = true;
                    continue;
                }

                Apply(action);
            }

            actions = transmitted && !_session.IsFinished ? _session.Handle(new TransmitComplete()) : [];
        }
    }

    private void Apply(T30Action action)
    {
        switch (action)
        {
            case ReceiveFrames or ReceiveTraining or ReceiveImage or ReceiveEcmFrames:
                _receiver.Listen(action);
                break;
            case StartTimer start:
                _deadlines[start.Timer] = _time.GetTimestamp() + (long)(start.Duration.TotalSeconds * _time.TimestampFrequency);
                break;
            case StopTimer stop:
                _deadlines.Remove(stop.Timer);
                break;
            case ReportPage { Result.Accepted: true } page when _session.Role == T30Role.Answerer && _session.Parameters is { } parameters:
                _receivedPages.Add(ReceivedPageDecoder.Decode(page.Data, parameters).Page);
                break;
        }
    }

    private async Task<T30Event> NextEventAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_events.TryDequeue(out var queued))
            {
                return queued;
            }

            if (ExpiredTimer() is { } expired)
            {
                _deadlines.Remove(expired);
                return new TimerExpired(expired);
            }

            if (_inbox.Reader.TryRead(out var arrival))
            {
                foreach (var e in _receiver.Accept(arrival))
                {
                    _events.Enqueue(e);
                }

                continue;
            }

            if (_inbox.Reader.Completion.IsCompleted)
            {
                return new LineDropped("the T.38 session closed");
            }

            await WaitForPacketOrTimerAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WaitForPacketOrTimerAsync(CancellationToken cancellationToken)
    {
        // The timer runs on the call's clock, so T.30's timers follow a test's fake clock too.
        using var due = NextDeadline() is { } deadline
            ? new CancellationTokenSource(Max(_time.GetElapsedTime(_time.GetTimestamp(), deadline), TimeSpan.Zero), _time)
            : new CancellationTokenSource();
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, due.Token);

        try
        {
            await _inbox.Reader.WaitToReadAsync(wake.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // A timer is due.
        }
    }

    private T30Timer? ExpiredTimer()
    {
        var now = _time.GetTimestamp();
        foreach (var (timer, deadline) in _deadlines)
        {
            if (deadline <= now)
            {
                return timer;
            }
        }

        return null;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private long? NextDeadline() => _deadlines.Count == 0 ? null : _deadlines.Values.Min();

    private async Task PumpAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                var arrivals = await _channel.ReceiveAsync(cancellationToken).ConfigureAwait(false);
                if (arrivals.Count == 0)
                {
                    break;
                }

                foreach (var arrival in arrivals)
                {
                    _inbox.Writer.TryWrite(arrival);
                }
            }
        }
        finally
        {
            _inbox.Writer.TryComplete();
        }
    }

    private PageQuality? MeasureReceivedPage(ReadOnlyMemory<byte> data) =>
        _session.Parameters is { } parameters ? ReceivedPageDecoder.Measure(data, parameters) : null;
}
