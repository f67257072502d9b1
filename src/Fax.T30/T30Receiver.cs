namespace Groupus.Fax.T30;

/// <summary>The answering terminal receiving a document: DIS in phase B, pages in phase C, responses in phase D.</summary>
internal sealed class T30Receiver : T30Session
{
    private State state;
    private bool busy;
    private bool longTrainNext;
    private int pageNumber = 1;
    private int rejectedCopies;
    private bool eopConfirmed;

    // Non-ECM: T2 ran out before the page carrier came, so the next post-page command is for a page not received.
    private bool pageMissed;

    // After a missed page or burst: further T2 periods to wait for the command while the unheard page may still run.
    private int missedPageWaitsLeft;

    // Non-ECM page in hand.
    private bool imageReceived;
    private ReadOnlyMemory<byte> pageData;
    private PageQuality quality = PageQuality.Unknown;

    // Last post-page exchange, to answer a repeated command when our response was lost.
    private FacsimileControlField? lastCommand;
    private T30Frame? lastResponse;
    private Action? afterResponse;

    // ECM.
    private readonly SortedDictionary<int, byte[]> blockFrames = [];
    private readonly List<byte> ecmPageData = [];
    private int? blockFrameCount;
    private (int Page, int Block)? lastAcceptedBlock;
    private T30Frame? pendingCommand;
    private bool ecmPageIncomplete;
    private int pagePprs;
    private int pageFramesRequestedAgain;

    public T30Receiver(T30Options options)
        : base(T30Role.Answerer, options)
    {
    }

    private enum State
    {
        WaitingForDcs,
        WaitingForTcf,
        WaitingForPage,
        WaitingForPostPageCommand,
        WaitingForPps,
        WaitingForDcn,
    }

    private bool Ecm => Parameters?.ErrorCorrection == true;

    private protected override void OnStart()
    {
        EnterPhase(T30Phase.B, "Answered, sending DIS");
        StartTimer(T30Timer.T1);
        SendDis();
    }

    private void SendDis()
    {
        var frames = new List<T30Frame>();
        if (Options.NonStandardFacilities is { } nsf)
        {
            frames.Add(Frame(FacsimileControlField.NSF, nsf));
        }

        if (Options.LocalIdentity.Length > 0)
        {
            frames.Add(Frame(FacsimileControlField.CSI, SubscriberIdentification.Encode(Options.LocalIdentity)));
        }

        frames.Add(Frame(FacsimileControlField.DIS, DigitalIdentificationSignal.FromCapabilities(Options.Capabilities).Encode()));
        state = State.WaitingForDcs;
        Transmit([new SendSilence(Options.HighSpeedSilence), FrameSequence([.. frames])], () => ListenForFrames(T30Timer.T4));
    }

    private protected override void OnEvent(T30Event e)
    {
        switch (e)
        {
            case FrameReceived { Frame: var frame }:
                OnFrame(frame);
                break;
            case FrameCorrupted when state is State.WaitingForPostPageCommand or State.WaitingForPps:
                StopTimer(T30Timer.T2);
                Note("Command received in error, sending CRP");
                SendFrames(() => ListenForFrames(T30Timer.T2), Frame(FacsimileControlField.CRP));
                break;
            case TrainingReceived t when state == State.WaitingForTcf:
                OnTraining(t.Result);
                break;
            case HighSpeedCarrierDetected when state == State.WaitingForPage:
                StopTimer(T30Timer.T2);
                break;
            case ImageReceived image when state == State.WaitingForPage && !Ecm:
                OnImage(image);
                break;
            case HighSpeedCarrierLost when state == State.WaitingForPage && Ecm:
                EndOfBurst();
                break;
            case ReceiverBusyChanged b:
                busy = b.Busy;
                break;
        }
    }

    private void OnFrame(T30Frame frame)
    {
        missedPageWaitsLeft = 0;
        if (state == State.WaitingForTcf)
        {
            // V.21 instead of the training check: the caller heard no answer to its TCF and is repeating its command.
            // Take the repeated DCS rather than letting T2, which ran while the frames arrived, answer FTT over it.
            StopTimer(T30Timer.T2);
            Note("The caller repeated its command instead of training; listening for its DCS");
            state = State.WaitingForDcs;
            if (frame.Fcf != FacsimileControlField.DCS)
            {
                ListenForFrames(T30Timer.T2);
            }
        }

        switch (frame.Fcf)
        {
            case FacsimileControlField.TSI:
                RemoteIdentity = SubscriberIdentification.Decode(frame.FifSpan);
                Note($"Remote TSI \"{RemoteIdentity}\"");
                break;
            case FacsimileControlField.DCS:
                OnDcs(frame);
                break;
            case FacsimileControlField.MPS or FacsimileControlField.EOM or FacsimileControlField.EOP
                or FacsimileControlField.PRI_MPS or FacsimileControlField.PRI_EOM or FacsimileControlField.PRI_EOP:
                OnPostPageCommand(PartialPageSignal.Normalise(frame.Fcf)!.Value);
                break;
            case FacsimileControlField.FCD when state == State.WaitingForPage && Ecm && frame.Fif.Count > 0:
                StopTimer(T30Timer.T2);
                blockFrames[frame.Fif[0]] = frame.FifSpan[1..].ToArray();
                break;
            case FacsimileControlField.RCP when state == State.WaitingForPage && Ecm:
                EndOfBurst();
                break;
            case FacsimileControlField.PPS or FacsimileControlField.EOR when Ecm:
                StopTimer(T30Timer.T2);
                OnPartialPageCommand(frame);
                break;
            case FacsimileControlField.RR when Ecm:
                StopTimer(T30Timer.T2);
                if (pendingCommand is not null)
                {
                    OnPartialPageCommand(pendingCommand);
                }
                else if (lastResponse is not null)
                {
                    RepeatResponse();
                }

                break;
            case FacsimileControlField.CTC when Ecm:
                OnContinueToCorrect(frame);
                break;
            case FacsimileControlField.CRP when lastResponse is not null:
                RepeatResponse();
                break;
        }
    }

    private protected override void OnTimerExpired(T30Timer timer)
    {
        switch (timer)
        {
            case T30Timer.T1:
                Fail(T30Error.NoCallerResponseT1, T30Error.NoCallerResponseT1.Text, sendDcn: true);
                break;
            case T30Timer.T4 when state == State.WaitingForDcs:
                Note("No DCS, repeating DIS");
                SendDis();
                break;
            case T30Timer.T2 when state == State.WaitingForDcn:
                End(MakeResult(T30Error.Success, $"{PagesAccepted} page(s) received"), sendDcn: false);
                break;
            case T30Timer.T2 when state == State.WaitingForTcf:
                OnTraining(TrainingResult.NoCarrier);
                break;
            case T30Timer.T2 when state == State.WaitingForPage && !Ecm:
                OnPageCarrierMissed();
                break;
            case T30Timer.T2 when state == State.WaitingForPage:
                // ECM: a burst missed whole is asked for again by the PPR that answers its PPS.
                Note("No ECM burst within T2, listening for the partial page command");
                missedPageWaitsLeft = MissedPageWaits();
                EndOfBurst();
                break;
            case T30Timer.T2 when missedPageWaitsLeft > 0 && state is State.WaitingForPostPageCommand or State.WaitingForPps:
                missedPageWaitsLeft--;
                ListenForFrames(T30Timer.T2);
                break;
            case T30Timer.T2:
                Fail(T30Error.NoCommandT2, T30Error.NoCommandT2.Text, sendDcn: true);
                break;
        }
    }

    // All pages were confirmed after EOP; a caller that hangs up without DCN has still delivered the document.
    private protected override T30SessionResult ResultWhenLineDrops() =>
        eopConfirmed ? MakeResult(T30Error.Success, $"{PagesAccepted} page(s) received") : base.ResultWhenLineDrops();

    private protected override void OnDisconnect()
    {
        if (eopConfirmed)
        {
            End(MakeResult(T30Error.Success, $"{PagesAccepted} page(s) received"), sendDcn: false);
            return;
        }

        var error = Phase switch
        {
            T30Phase.C => T30Error.RemoteDisconnectPhaseC,
            T30Phase.D or T30Phase.E => T30Error.RemoteDisconnectPhaseD,
            _ => T30Error.RemoteDisconnectPhaseB,
        };
        End(MakeResult(error, error.Text), sendDcn: false);
    }

    private void OnDcs(T30Frame frame)
    {
        StopTimer(T30Timer.T1);
        StopTimer(T30Timer.T2);
        StopTimer(T30Timer.T4);
        var dcs = DigitalCommandSignal.Decode(frame.FifSpan);
        if (dcs is null || !Supports(dcs))
        {
            Fail(T30Error.UnsupportedDcs, $"{T30Error.UnsupportedDcs.Text}: {(dcs?.ToString() ?? Convert.ToHexString(frame.FifSpan))}", sendDcn: true);
            return;
        }

        Parameters = dcs;
        EnterPhase(T30Phase.B, $"DCS received ({dcs}), receiving TCF");
        state = State.WaitingForTcf;
        Emit(new ReceiveTraining(new Modulation(dcs.Rate)));
        StartTimer(T30Timer.T2);
    }

    private bool Supports(DigitalCommandSignal dcs)
    {
        var caps = Options.Capabilities;
        return (dcs.Rate.Modem & caps.Modems) != 0
            && (!dcs.ErrorCorrection || caps.ErrorCorrection)
            && (dcs.Coding != ImageCoding.MMR || (caps.T6Coding && dcs.ErrorCorrection))
            && (dcs.Coding != ImageCoding.MR || caps.TwoDimensionalCoding)
            && (dcs.Resolution != Resolution.Fine || caps.Fine)
            && (dcs.Resolution != Resolution.Superfine || caps.Superfine)
            && dcs.Width <= caps.MaxWidth;
    }

    private void OnTraining(TrainingResult result)
    {
        StopTimer(T30Timer.T2);
        if (Options.Training.IsGood(result))
        {
            Note($"TCF good at {Parameters!.Rate}, sending CFR");
            lastCommand = null;
            lastResponse = null;
            SendFrames(ExpectPage, Frame(FacsimileControlField.CFR));
        }
        else
        {
            Note($"TCF failed at {Parameters!.Rate} (longest zero run {result.LongestZeroRun.TotalMilliseconds:0} ms), sending FTT");
            SendFrames(
                () =>
                {
                    state = State.WaitingForDcs;
                    ListenForFrames(T30Timer.T2);
                },
                Frame(FacsimileControlField.FTT));
        }
    }

    private void ExpectPage()
    {
        EnterPhase(T30Phase.C, $"Receiving page {pageNumber}");
        imageReceived = false;
        pageMissed = false;
        pageData = ReadOnlyMemory<byte>.Empty;
        quality = PageQuality.Unknown;
        ExpectHighSpeed();
    }

    private void ExpectHighSpeed()
    {
        state = State.WaitingForPage;
        var modulation = new Modulation(Parameters!.Rate, ShortTrain: !longTrainNext);
        longTrainNext = false;
        Emit(Ecm ? new ReceiveEcmFrames(modulation) : new ReceiveImage(modulation));
        StartTimer(T30Timer.T2);
    }

    /// <summary>
    /// T.30 phase C: no page carrier within T2 is not a reason to hang up; the caller may still be sending a page we
    /// did not catch. Listen for its post-page command and answer it RTN so it retrains and resends.
    /// </summary>
    private void OnPageCarrierMissed()
    {
        pageMissed = true;
        missedPageWaitsLeft = MissedPageWaits();
        EnterPhase(T30Phase.D, $"No carrier for page {pageNumber} within T2, listening for the post-page command");
        state = State.WaitingForPostPageCommand;
        ListenForFrames(T30Timer.T2);
    }

    /// <summary>
    /// The unheard page can run far beyond T2 (a fine page at 9,600 bit/s takes 20 s and more, an ECM block more still),
    /// so the command is waited for in whole T2 periods up to T1 in all: a dead line still ends, within T2 + T1 of CFR.
    /// </summary>
    private int MissedPageWaits() => Math.Max(0, (int)(Options.Timers.T1 / Options.Timers.T2) - 1);

    private void OnImage(ImageReceived image)
    {
        StopTimer(T30Timer.T2);
        imageReceived = true;
        pageData = image.Data;
        quality = image.Quality ?? PageQuality.Unknown;
        EnterPhase(T30Phase.D, $"Page {pageNumber} received, waiting for post-page command");
        state = State.WaitingForPostPageCommand;
        ListenForFrames(T30Timer.T2);
    }

    private void OnPostPageCommand(FacsimileControlField command)
    {
        if (Ecm)
        {
            return;
        }

        StopTimer(T30Timer.T2);
        if (!imageReceived && !pageMissed && lastCommand is not null && lastResponse is not null)
        {
            // No page since our last response: this is the same command again, our response was lost.
            Note($"{command} repeated, repeating {lastResponse.Fcf}");
            RepeatResponse();
            return;
        }

        var parameters = Parameters!;
        var response = imageReceived ? Options.CopyQuality.Decide(quality, parameters.Resolution) : FacsimileControlField.RTN;
        var outcome = response switch
        {
            FacsimileControlField.MCF => PageOutcome.Confirmed,
            FacsimileControlField.RTP => PageOutcome.ConfirmedRetrain,
            _ => PageOutcome.Rejected,
        };
        RecordPage(
            new PageResult(pageNumber, parameters.Resolution, parameters.Coding, parameters.Rate.BitRate, false, outcome, quality.Rows, quality.BadRows, quality.LongestBadRun, rejectedCopies)
            {
                Response = response,
            },
            imageReceived ? pageData : ReadOnlyMemory<byte>.Empty);
        Note(!imageReceived
            ? $"Page {pageNumber} not received, answering {response}"
            : quality.Truncated
            ? $"Page {pageNumber}: longer than the {quality.Rows} rows this receiver accepts, answering {response}"
            : $"Page {pageNumber}: {quality.BadRows}/{quality.Rows} bad rows, longest run {quality.LongestBadRun}, answering {response}");
        if (response == FacsimileControlField.RTN)
        {
            rejectedCopies++;
        }
        else
        {
            pageNumber++;
            rejectedCopies = 0;
        }

        imageReceived = false;
        pageMissed = false;
        Respond(command, response);
    }

    private void Respond(FacsimileControlField command, FacsimileControlField response)
    {
        lastCommand = command;
        lastResponse = Frame(response);
        var accepted = response is FacsimileControlField.MCF or FacsimileControlField.ERR;
        afterResponse = (command, response) switch
        {
            (_, FacsimileControlField.RTN) => AwaitRetrain,
            (FacsimileControlField.EOP, _) => AwaitDisconnect,
            (FacsimileControlField.EOM, _) => RestartPhaseB,
            (FacsimileControlField.MPS, FacsimileControlField.RTP) => AwaitRetrain,
            (FacsimileControlField.MPS, _) when accepted => ExpectPage,
            _ => AwaitRetrain,
        };
        SendFrames(afterResponse, lastResponse);
    }

    private void RepeatResponse() => SendFrames(afterResponse ?? (() => ListenForFrames(T30Timer.T2)), lastResponse!);

    private void AwaitRetrain()
    {
        state = State.WaitingForDcs;
        ListenForFrames(T30Timer.T2);
    }

    private void AwaitDisconnect()
    {
        eopConfirmed = true;
        EnterPhase(T30Phase.E, "EOP confirmed, waiting for DCN");
        state = State.WaitingForDcn;
        ListenForFrames(T30Timer.T2);
    }

    private void RestartPhaseB()
    {
        EnterPhase(T30Phase.B, "EOM confirmed, sending DIS");
        StartTimer(T30Timer.T1);
        SendDis();
    }

    private void EndOfBurst()
    {
        StopTimer(T30Timer.T2);
        EnterPhase(T30Phase.D, $"Partial page burst ended, {blockFrames.Count} frame(s) held");
        state = State.WaitingForPps;
        ListenForFrames(T30Timer.T2);
    }

    private void OnPartialPageCommand(T30Frame frame)
    {
        var isEor = frame.Fcf == FacsimileControlField.EOR;
        PartialPageSignal? pps;
        if (isEor)
        {
            if (lastResponse?.Fcf == FacsimileControlField.ERR && blockFrames.Count == 0)
            {
                Note("EOR repeated, repeating ERR");
                RepeatResponse();
                return;
            }

            FacsimileControlField? eorCommand = null;
            if (frame.Fif.Count > 0 && frame.Fif[0] != 0 && FcfCodec.TryDecode(frame.Fif[0], out var fcf, out _))
            {
                eorCommand = fcf;
            }

            pps = new PartialPageSignal(eorCommand, 0, 0, blockFrameCount ?? blockFrames.Count);
        }
        else
        {
            pps = PartialPageSignal.Decode(frame.FifSpan);
            if (pps is null)
            {
                return;
            }

            if (lastAcceptedBlock == ((pps.PageCounter, pps.BlockCounter)) && blockFrames.Count == 0 && lastResponse is not null)
            {
                Note("PPS repeated for a confirmed block, repeating MCF");
                RepeatResponse();
                return;
            }
        }

        if (busy)
        {
            pendingCommand = frame;
            Note("Receiver busy, sending RNR");
            SendFrames(() => ListenForFrames(T30Timer.T2), Frame(FacsimileControlField.RNR));
            return;
        }

        pendingCommand = null;
        blockFrameCount ??= pps.FrameCount;
        var command = PartialPageSignal.Normalise(pps.PostPageCommand);
        if (!isEor)
        {
            var missing = Enumerable.Range(0, blockFrameCount.Value).Where(i => !blockFrames.ContainsKey(i)).ToList();
            if (missing.Count > 0)
            {
                Note($"{missing.Count} frame(s) missing, sending PPR");
                pagePprs++;
                pageFramesRequestedAgain += missing.Count;
                lastCommand = FacsimileControlField.PPS;
                lastResponse = Frame(FacsimileControlField.PPR, new PartialPageRequestMap(missing).Encode());
                afterResponse = ExpectHighSpeed;
                SendFrames(afterResponse, lastResponse);
                return;
            }

            lastAcceptedBlock = (pps.PageCounter, pps.BlockCounter);
        }

        AcceptBlock(incomplete: isEor);
        if (command is null)
        {
            lastCommand = frame.Fcf;
            lastResponse = Frame(isEor ? FacsimileControlField.ERR : FacsimileControlField.MCF);
            afterResponse = ExpectHighSpeed;
            EnterPhase(T30Phase.C, $"Receiving page {pageNumber}, next block");
            SendFrames(afterResponse, lastResponse);
            return;
        }

        var parameters = Parameters!;
        if (Options.MeasureEcmPage?.Invoke(ecmPageData.ToArray(), parameters) is { Truncated: true } quality)
        {
            RecordPage(
                new PageResult(pageNumber, parameters.Resolution, parameters.Coding, parameters.Rate.BitRate, true, PageOutcome.Rejected, quality.Rows, 0, 0, 0),
                ReadOnlyMemory<byte>.Empty);
            Fail(T30Error.LocalAbort, $"Page {pageNumber} is longer than the {quality.Rows} rows this receiver accepts; it was not confirmed", sendDcn: true);
            return;
        }

        RecordPage(
            new PageResult(pageNumber, parameters.Resolution, parameters.Coding, parameters.Rate.BitRate, true, ecmPageIncomplete ? PageOutcome.Incomplete : PageOutcome.Confirmed, 0, 0, 0, 0)
            {
                Response = isEor ? FacsimileControlField.ERR : FacsimileControlField.MCF,
                PartialPageRequests = pagePprs,
                FramesRequestedAgain = pageFramesRequestedAgain,
            },
            ecmPageData.ToArray());
        pageNumber++;
        ecmPageData.Clear();
        ecmPageIncomplete = false;
        pagePprs = 0;
        pageFramesRequestedAgain = 0;
        Respond(command.Value, isEor ? FacsimileControlField.ERR : FacsimileControlField.MCF);
    }

    private void AcceptBlock(bool incomplete)
    {
        foreach (var data in blockFrames.Values)
        {
            ecmPageData.AddRange(data);
        }

        ecmPageIncomplete |= incomplete;
        blockFrames.Clear();
        blockFrameCount = null;
    }

    private void OnContinueToCorrect(T30Frame frame)
    {
        StopTimer(T30Timer.T2);
        var bits = new T30BitField(frame.FifSpan);
        if (SignallingRate.FromDcsRateBits((byte)bits.Get(11, 4)) is { } rate && (rate.Modem & Options.Capabilities.Modems) != 0)
        {
            Parameters = Parameters! with { Rate = rate };
        }

        Note($"CTC: continuing to correct at {Parameters!.Rate}, sending CTR");
        lastCommand = FacsimileControlField.CTC;
        lastResponse = Frame(FacsimileControlField.CTR);
        afterResponse = () =>
        {
            longTrainNext = true;
            ExpectHighSpeed();
        };
        SendFrames(afterResponse, lastResponse);
    }
}
