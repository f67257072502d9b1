using Groupus.Fax.T30;

namespace Groupus.FaxGateway.Tests.T30;

/// <summary>
/// Two engines back to back over an in-memory half-duplex line with a virtual clock. Signals take the time
/// they would take on a real line; timers fire in virtual time; nothing sleeps. Impairments are hooks.
/// </summary>
internal sealed class SimulatedLine
{
    private static readonly TimeSpan V21Preamble = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan HighSpeedTraining = TimeSpan.FromMilliseconds(250);
    private readonly PriorityQueue<Action, (TimeSpan, long)> queue = new();
    private long sequence;
    private int imagesDelivered;
    private int imagesSent;

    public SimulatedLine(T30Session? caller, T30Session? answerer)
    {
        Caller = caller is null ? null : new SimulatedEndpoint(LineSide.Caller, caller);
        Answerer = answerer is null ? null : new SimulatedEndpoint(LineSide.Answerer, answerer);
    }

    public SimulatedEndpoint? Caller { get; }

    public SimulatedEndpoint? Answerer { get; }

    public TimeSpan Now { get; private set; }

    /// <summary>Return false to lose a frame (V.21 or ECM) sent by the given side.</summary>
    public Func<LineSide, T30Frame, bool> Deliver { get; set; } = (_, _) => true;

    /// <summary>What the receiving transport measures for a TCF sent at the modulation.</summary>
    public Func<Modulation, TrainingResult> Training { get; set; } = _ => TrainingResult.Clean;

    /// <summary>Return false to lose the n-th (1-based) non-ECM page image entirely.</summary>
    public Func<int, bool> DeliverImage { get; set; } = _ => true;

    /// <summary>Return false for the answerer to miss the n-th (1-based) non-ECM page carrier: neither carrier nor image reaches it.</summary>
    public Func<int, bool> HearImageCarrier { get; set; } = _ => true;

    /// <summary>Copy quality the answerer's codec reports for the n-th (1-based) image it receives.</summary>
    public Func<int, PageQuality?> ImageQuality { get; set; } = _ => PageQuality.Perfect(1100);

    public SimulatedEndpoint CallerEnd => Caller ?? throw new InvalidOperationException("No caller on this line.");

    public SimulatedEndpoint AnswererEnd => Answerer ?? throw new InvalidOperationException("No answerer on this line.");

    /// <summary>Feeds an event to one side at a virtual time (abort, busy, line drop...).</summary>
    public void InjectAt(TimeSpan at, LineSide side, T30Event e)
    {
        var endpoint = side == LineSide.Caller ? CallerEnd : AnswererEnd;
        Schedule(at, () => Feed(endpoint, e));
    }

    /// <summary>Starts both sessions and runs until both have finished or nothing is left to happen.</summary>
    public SimulatedLine Run(TimeSpan? limit = null)
    {
        var end = limit ?? TimeSpan.FromMinutes(30);
        if (Answerer is { } a)
        {
            Apply(a, a.Session.Start());
        }

        if (Caller is { } c)
        {
            Apply(c, c.Session.Start());
        }

        var steps = 0;
        while (queue.TryDequeue(out var action, out var key))
        {
            if (key.Item1 > end || ++steps > 200_000)
            {
                throw new InvalidOperationException($"Simulation did not settle by {Now}.");
            }

            Now = key.Item1;
            action();
            if ((Caller?.Session.IsFinished ?? true) && (Answerer?.Session.IsFinished ?? true))
            {
                break;
            }
        }

        return this;
    }

    /// <summary>Both sides' actions in time order, for diagnosing a failing scenario.</summary>
    public string Transcript() => string.Join(
        Environment.NewLine,
        new[] { Caller, Answerer }
            .Where(e => e is not null)
            .SelectMany(e => e!.Actions.Select(a => (a.At, Side: e.Side, a.Action)))
            .OrderBy(a => a.At)
            .Select(a => $"{a.At.TotalSeconds,8:0.000} {a.Side,-8} {a.Action}"));

    private SimulatedEndpoint? PeerOf(SimulatedEndpoint endpoint) => endpoint.Side == LineSide.Caller ? Answerer : Caller;

    private void Schedule(TimeSpan at, Action action) => queue.Enqueue(action, (at, sequence++));

    private void Feed(SimulatedEndpoint endpoint, T30Event e)
    {
        if (!endpoint.Session.IsFinished)
        {
            Apply(endpoint, endpoint.Session.Handle(e));
        }
    }

    /// <summary>Signals reach a receiver only if it is not itself transmitting (half duplex).</summary>
    private void Arrive(SimulatedEndpoint? receiver, Func<SimulatedEndpoint, T30Event?> signal)
    {
        if (receiver is null || receiver.HungUp || receiver.TransmittingUntil > Now)
        {
            return;
        }

        if (signal(receiver) is { } e)
        {
            Feed(receiver, e);
        }
    }

    private void Apply(SimulatedEndpoint endpoint, IReadOnlyList<T30Action> actions)
    {
        var peer = PeerOf(endpoint);
        var t = Now > endpoint.TransmittingUntil ? Now : endpoint.TransmittingUntil;
        var transmitted = false;
        foreach (var action in actions)
        {
            endpoint.Actions.Add((Now, action));
            switch (action)
            {
                case SendFrames send:
                    transmitted = true;
                    t += V21Preamble;
                    foreach (var frame in send.Frames)
                    {
                        t += Bits(frame.ToBytes().Length + 2, 300);
                        var deliver = Deliver(endpoint.Side, frame);
                        Schedule(t, () => Arrive(peer, _ => deliver ? new FrameReceived(frame) : new FrameCorrupted()));
                    }

                    break;
                case SendSilence silence:
                    transmitted = true;
                    t += silence.Duration;
                    break;
                case SendTraining training:
                    transmitted = true;
                    t += HighSpeedTraining + training.Duration;
                    Schedule(t, () => Arrive(peer, r => r.ReceiveMode is ReceiveTraining ? new TrainingReceived(Training(training.Modulation)) : null));
                    break;
                case SendImage image:
                    transmitted = true;
                    var startImage = t;
                    var imageNumber = ++imagesSent;
                    var heard = HearImageCarrier(imageNumber);
                    Schedule(startImage, () => Arrive(peer, r => heard && r.ReceiveMode is ReceiveImage ? new HighSpeedCarrierDetected() : null));
                    t += HighSpeedTraining + Bits(image.Data.Length, image.Modulation.BitRate);
                    Schedule(t, () => Arrive(peer, r => heard && r.ReceiveMode is ReceiveImage && DeliverImage(imageNumber) ? new ImageReceived(image.Data, ImageQuality(++imagesDelivered)) : null));
                    break;
                case SendEcmFrames ecm:
                    transmitted = true;
                    t += HighSpeedTraining;
                    foreach (var frame in ecm.Frames)
                    {
                        t += Bits(frame.ToBytes().Length + 2, ecm.Modulation.BitRate);
                        var deliver = Deliver(endpoint.Side, frame);
                        Schedule(t, () => Arrive(peer, r => deliver && r.ReceiveMode is ReceiveEcmFrames ? new FrameReceived(frame) : null));
                    }

                    break;
                case ReceiveFrames or ReceiveTraining or ReceiveImage or ReceiveEcmFrames:
                    endpoint.ReceiveMode = action;
                    break;
                case StartTimer start:
                    var generation = NextGeneration(endpoint, start.Timer);
                    Schedule(Now + start.Duration, () =>
                    {
                        if (endpoint.TimerGenerations[start.Timer] == generation)
                        {
                            Feed(endpoint, new TimerExpired(start.Timer));
                        }
                    });
                    break;
                case StopTimer stop:
                    NextGeneration(endpoint, stop.Timer);
                    break;
                case Hangup:
                    endpoint.HungUp = true;
                    if (peer is not null)
                    {
                        Schedule(Now + TimeSpan.FromSeconds(2), () => Feed(peer, new LineDropped()));
                    }

                    break;
                case ReportProgress progress:
                    endpoint.Progress.Add(progress.Progress);
                    break;
                case ReportPage page:
                    endpoint.Pages.Add(page);
                    break;
                case ReportSessionResult result:
                    endpoint.Result = result.Result;
                    break;
            }
        }

        if (transmitted)
        {
            endpoint.TransmittingUntil = t;
            Schedule(t, () => Feed(endpoint, new TransmitComplete()));
        }
    }

    private static long NextGeneration(SimulatedEndpoint endpoint, T30Timer timer)
    {
        var generation = endpoint.TimerGenerations.GetValueOrDefault(timer) + 1;
        endpoint.TimerGenerations[timer] = generation;
        return generation;
    }

    private static TimeSpan Bits(int octets, int bitRate) => TimeSpan.FromSeconds(octets * 8.0 / bitRate);
}
