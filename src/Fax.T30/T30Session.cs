namespace Groupus.Fax.T30;

/// <summary>
/// A T.30 session as a pure state machine: feed it <see cref="T30Event"/>s, carry out the <see cref="T30Action"/>s it
/// returns. It keeps no clock and starts no threads; time reaches it only as <see cref="TimerExpired"/>.
/// </summary>
public abstract class T30Session
{
    private readonly List<T30Action> pending = [];
    private readonly HashSet<T30Timer> armed = [];
    private readonly Queue<(Action Continuation, bool Terminal)> transmissions = new();
    private readonly List<PageResult> pages = [];
    private T30SessionResult? finalResult;
    private T30SessionResult? pendingTerminalResult;
    private bool started;
    private bool terminating;

    private protected T30Session(T30Role role, T30Options options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Role = role;
        Options = options;
    }

    public T30Role Role { get; }

    public T30Phase Phase { get; private set; } = T30Phase.Idle;

    /// <summary>Set once the session has ended (after <see cref="Hangup"/>).</summary>
    public T30SessionResult? Result => finalResult;

    public bool IsFinished => finalResult is not null;

    /// <summary>The far end's CSI (seen by the caller) or TSI (seen by the answerer).</summary>
    public string? RemoteIdentity { get; private protected set; }

    /// <summary>The parameters in force (last DCS sent or received).</summary>
    public DigitalCommandSignal? Parameters { get; private protected set; }

    public IReadOnlyList<PageResult> Pages => pages;

    private protected T30Options Options { get; }

    /// <summary>The calling terminal, sending the pages of <paramref name="pages"/>.</summary>
    public static T30Session CreateCaller(T30Options options, IPageSource pages) => new T30Transmitter(options, pages);

    /// <summary>The answering terminal, receiving a document.</summary>
    public static T30Session CreateAnswerer(T30Options options) => new T30Receiver(options);

    /// <summary>The call is connected (caller: after dialling; answerer: after answering and CED).</summary>
    public IReadOnlyList<T30Action> Start()
    {
        if (started)
        {
            throw new InvalidOperationException("The session has already been started.");
        }

        started = true;
        OnStart();
        return Flush();
    }

    public IReadOnlyList<T30Action> Handle(T30Event e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (!started)
        {
            throw new InvalidOperationException("Start the session before feeding it events.");
        }

        if (IsFinished)
        {
            return [];
        }

        switch (e)
        {
            case TransmitComplete:
                if (transmissions.TryDequeue(out var next) && (!terminating || next.Terminal))
                {
                    next.Continuation();
                }

                break;
            case LineDropped dropped:
                if (terminating)
                {
                    transmissions.Clear();
                }

                var result = terminating ? pendingTerminalResult! : ResultWhenLineDrops();
                Conclude(dropped.Detail is { } detail && !result.Success ? result with { Detail = $"{result.Detail}: {detail}" } : result, hangUp: true);
                break;
            case TimerExpired t:
                if (!terminating && armed.Remove(t.Timer))
                {
                    OnTimerExpired(t.Timer);
                }

                break;
            case AbortRequested:
                if (!terminating)
                {
                    Fail(T30Error.LocalAbort, T30Error.LocalAbort.Text, sendDcn: true);
                }

                break;
            case FrameReceived { Frame.Fcf: FacsimileControlField.DCN }:
                if (!terminating && transmissions.Count == 0)
                {
                    OnDisconnect();
                }

                break;
            case ReceiverBusyChanged:
                if (!terminating)
                {
                    OnEvent(e);
                }

                break;
            default:
                // Half duplex: nothing can be received while we transmit, so stray reports are dropped.
                if (!terminating && transmissions.Count == 0)
                {
                    RestartResponseTimerWithinSequence(e);
                    OnEvent(e);
                }

                break;
        }

        return Flush();
    }

    private protected abstract void OnStart();

    private protected abstract void OnEvent(T30Event e);

    private protected abstract void OnTimerExpired(T30Timer timer);

    /// <summary>DCN arrived: the far end is hanging up.</summary>
    private protected abstract void OnDisconnect();

    /// <summary>The result when the line drops without an orderly release.</summary>
    private protected virtual T30SessionResult ResultWhenLineDrops() => MakeResult(T30Error.LineDropped, T30Error.LineDropped.Text);

    private protected bool XBit => Role == T30Role.Caller;

    private protected void Emit(T30Action action) => pending.Add(action);

    private protected void EnterPhase(T30Phase phase, string message)
    {
        Phase = phase;
        Emit(new ReportProgress(new T30Progress(phase, message)));
    }

    private protected void Note(string message) => Emit(new ReportProgress(new T30Progress(Phase, message)));

    private protected void StartTimer(T30Timer timer)
    {
        armed.Add(timer);
        Emit(new StartTimer(timer, Options.Timers.Get(timer)));
    }

    private protected void StopTimer(T30Timer timer)
    {
        if (armed.Remove(timer))
        {
            Emit(new StopTimer(timer));
        }
    }

    private protected bool IsArmed(T30Timer timer) => armed.Contains(timer);

    /// <summary>Queues transmit actions; <paramref name="then"/> runs when the transport reports them sent.</summary>
    private protected void Transmit(IEnumerable<T30Action> actions, Action then)
    {
        foreach (var action in actions)
        {
            Emit(action);
        }

        transmissions.Enqueue((then, false));
    }

    private protected void SendFrames(Action then, params T30Frame[] frames) => Transmit([FrameSequence(frames)], then);

    private protected SendFrames FrameSequence(params T30Frame[] frames) =>
        new(frames.Select((f, i) => f with { IsFinal = i == frames.Length - 1 }).ToList());

    private protected T30Frame Frame(FacsimileControlField fcf, ReadOnlySpan<byte> fif = default) => new(fcf, fif, XBit);

    private protected void ListenForFrames(T30Timer timer)
    {
        Emit(new ReceiveFrames());
        StartTimer(timer);
    }

    private protected void RecordPage(PageResult result, ReadOnlyMemory<byte> data)
    {
        pages.Add(result);
        Emit(new ReportPage(result, data));
    }

    private protected int PagesAccepted => pages.Count(p => p.Accepted || p.Outcome == PageOutcome.Incomplete);

    private protected T30SessionResult MakeResult(T30Error error, string detail) =>
        new(Role, error, detail, PagesAccepted, UnansweredPage() is { } unanswered ? [.. pages, unanswered] : pages.ToList(), RemoteIdentity, Parameters)
        {
            PhaseReached = Phase,
        };

    /// <summary>The page that went out but has no verdict yet (caller); the result lists it as attempted.</summary>
    private protected virtual PageResult? UnansweredPage() => null;

    /// <summary>Ends the session with an error; with <paramref name="sendDcn"/> DCN goes out first.</summary>
    private protected void Fail(T30Error error, string detail, bool sendDcn) => End(MakeResult(error, detail), sendDcn);

    /// <summary>Orderly release (phase E): DCN, then hang up.</summary>
    private protected void Release(T30Error outcome, string detail)
    {
        EnterPhase(T30Phase.E, "Sending DCN");
        End(MakeResult(outcome, detail), sendDcn: true);
    }

    private protected void End(T30SessionResult result, bool sendDcn)
    {
        terminating = true;
        foreach (var timer in armed.ToList())
        {
            StopTimer(timer);
        }

        if (sendDcn)
        {
            pendingTerminalResult = result;
            Emit(FrameSequence(Frame(FacsimileControlField.DCN)));
            transmissions.Enqueue((() => Conclude(result, hangUp: true), true));
        }
        else
        {
            Conclude(result, hangUp: true);
        }
    }

    private void Conclude(T30SessionResult result, bool hangUp)
    {
        terminating = true;
        foreach (var timer in armed.ToList())
        {
            StopTimer(timer);
        }

        if (hangUp)
        {
            Emit(new Hangup());
        }

        Phase = T30Phase.Completed;
        finalResult = result;
        Emit(new ReportProgress(new T30Progress(T30Phase.Completed, result.Success ? "Session complete" : result.Detail)));
        Emit(new ReportSessionResult(result));
    }

    /// <summary>
    /// T2 and T4 time the start of the far end's response. A frame without the final bit (TSI before DCS, CSI before
    /// DIS) shows the response has started and more frames follow, so the timer starts again for the rest: a
    /// response that began in time is not cut off halfway by a repeated command.
    /// </summary>
    private void RestartResponseTimerWithinSequence(T30Event e)
    {
        if (e is not FrameReceived { Frame: { IsFinal: false, Fcf: not (FacsimileControlField.FCD or FacsimileControlField.RCP) } })
        {
            return;
        }

        foreach (var timer in new[] { T30Timer.T2, T30Timer.T4 }.Where(armed.Contains))
        {
            StartTimer(timer);
        }
    }

    private List<T30Action> Flush()
    {
        var actions = pending.ToList();
        pending.Clear();
        return actions;
    }
}
