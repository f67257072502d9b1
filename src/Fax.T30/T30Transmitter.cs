namespace Groupus.Fax.T30;

/// <summary>The calling terminal sending a document: phase B from DIS, pages in phase C, confirmation in phase D.</summary>
internal sealed class T30Transmitter : T30Session
{
    private readonly IPageSource source;
    private State state;
    private DigitalIdentificationSignal? remoteDis;
    private ModemType commonModems;
    private SignallingRate? rate;
    private int trainingFailuresAtRate;
    private int commandTries;
    private int pageIndex;
    private int pageRetries;
    private FacsimileControlField postPageCommand;
    private T30Frame? lastCommand;
    private bool anyPageIncomplete;
    private bool pageOnLine;

    // ECM state for the page being sent.
    private EcmPage? ecmPage;
    private int block;
    private int pprCount;
    private int ctcCount;
    private int pagePprs;
    private int pageFramesRequestedAgain;
    private bool longTrainNext;
    private bool pageIncomplete;
    private IReadOnlyList<int> pendingRetransmission = [];

    public T30Transmitter(T30Options options, IPageSource source)
        : base(T30Role.Caller, options)
    {
        ArgumentNullException.ThrowIfNull(source);
        this.source = source;
    }

    private enum State
    {
        WaitingForDis,
        WaitingForTrainingResponse,
        WaitingForPostPageResponse,
        WaitingForPpsResponse,
        WaitingForCtcResponse,
        WaitingForEorResponse,
    }

    private DigitalCommandSignal Current => Parameters!;

    private int PageNumber => pageIndex + 1;

    private protected override void OnStart()
    {
        if (source.PageCount == 0)
        {
            Fail(T30Error.NothingToSend, T30Error.NothingToSend.Text, sendDcn: false);
            return;
        }

        EnterPhase(T30Phase.A, "Call connected, waiting for DIS");
        state = State.WaitingForDis;
        ListenForFrames(T30Timer.T1);
    }

    private protected override void OnEvent(T30Event e)
    {
        if (e is FrameReceived { Frame: var frame })
        {
            OnFrame(frame);
        }

        // A corrupted response is treated as no response: T4 expires and the command is repeated.
    }

    private void OnFrame(T30Frame frame)
    {
        switch (frame.Fcf)
        {
            case FacsimileControlField.NSF:
                Note("NSF received");
                return;
            case FacsimileControlField.CSI:
                RemoteIdentity = SubscriberIdentification.Decode(frame.FifSpan);
                Note($"Remote CSI \"{RemoteIdentity}\"");
                return;
            case FacsimileControlField.DIS:
                OnDis(frame);
                return;
            case FacsimileControlField.CRP when state != State.WaitingForDis:
                StopTimer(T30Timer.T4);
                Note("CRP: repeating command");
                OnNoResponse();
                return;
        }

        switch (state)
        {
            case State.WaitingForTrainingResponse when frame.Fcf == FacsimileControlField.CFR:
                StopTimer(T30Timer.T4);
                Note($"CFR: trained at {rate}");
                trainingFailuresAtRate = 0;
                SendPage();
                break;
            case State.WaitingForTrainingResponse when frame.Fcf == FacsimileControlField.FTT:
                StopTimer(T30Timer.T4);
                OnFailureToTrain();
                break;
            case State.WaitingForPostPageResponse:
                OnPostPageResponse(frame.Fcf);
                break;
            case State.WaitingForPpsResponse or State.WaitingForCtcResponse or State.WaitingForEorResponse
                when frame.Fcf == FacsimileControlField.RNR:
                OnReceiverNotReady();
                break;
            case State.WaitingForPpsResponse:
                OnPpsResponse(frame);
                break;
            case State.WaitingForCtcResponse when frame.Fcf == FacsimileControlField.CTR:
                StopTimer(T30Timer.T4);
                StopTimer(T30Timer.T5);
                longTrainNext = true;
                SendBlock(pendingRetransmission);
                break;
            case State.WaitingForEorResponse when frame.Fcf == FacsimileControlField.ERR:
                StopTimer(T30Timer.T4);
                StopTimer(T30Timer.T5);
                BlockDone();
                break;
        }
    }

    private protected override void OnTimerExpired(T30Timer timer)
    {
        switch (timer)
        {
            case T30Timer.T1:
                Fail(T30Error.NoAnswerT1, T30Error.NoAnswerT1.Text, sendDcn: false);
                break;
            case T30Timer.T4:
                OnNoResponse();
                break;
            case T30Timer.T5:
                Fail(T30Error.EcmReceiverNotReady, T30Error.EcmReceiverNotReady.Text, sendDcn: true);
                break;
        }
    }

    private protected override void OnDisconnect()
    {
        var error = Phase switch
        {
            T30Phase.C => T30Error.RemoteDisconnectPhaseC,
            T30Phase.D or T30Phase.E => T30Error.RemoteDisconnectPhaseD,
            _ => T30Error.RemoteDisconnectPhaseB,
        };
        End(MakeResult(error, error.Text), sendDcn: false);
    }

    private void OnDis(T30Frame frame)
    {
        if (state == State.WaitingForTrainingResponse)
        {
            // The answerer repeated DIS: it did not hear our DCS.
            StopTimer(T30Timer.T4);
            OnNoResponse();
            return;
        }

        if (state != State.WaitingForDis)
        {
            return;
        }

        StopTimer(T30Timer.T1);
        remoteDis = DigitalIdentificationSignal.Decode(frame.FifSpan);
        EnterPhase(T30Phase.B, $"DIS received: {remoteDis.Modems}, ECM {(remoteDis.ErrorCorrection ? "yes" : "no")}");

        var outcome = CapabilityNegotiator.Negotiate(Options.Capabilities, remoteDis, source.GetFormat(pageIndex));
        if (!outcome.Success)
        {
            Fail(outcome.Error!, outcome.Error!.Text, sendDcn: true);
            return;
        }

        commonModems = outcome.CommonModems;
        var parameters = outcome.Parameters!;

        // After EOM keep a rate this call has already fallen back to.
        if (rate is not null && Rank(rate) > Rank(parameters.Rate) && (rate.Modem & commonModems) != 0)
        {
            parameters = parameters with { Rate = rate };
        }

        rate = parameters.Rate;
        Parameters = parameters;
        trainingFailuresAtRate = 0;
        commandTries = 0;
        SendDcsAndTraining();
    }

    private void SendDcsAndTraining()
    {
        commandTries++;
        Parameters = Current with { Rate = rate! };
        state = State.WaitingForTrainingResponse;
        EnterPhase(T30Phase.B, $"Sending DCS ({Current}) and TCF");

        var frames = new List<T30Frame>();
        if (Options.LocalIdentity.Length > 0)
        {
            frames.Add(Frame(FacsimileControlField.TSI, SubscriberIdentification.Encode(Options.LocalIdentity)));
        }

        frames.Add(Frame(FacsimileControlField.DCS, Current.Encode()));
        Transmit(
            [
                FrameSequence([.. frames]),
                new SendSilence(Options.HighSpeedSilence),
                new SendTraining(new Modulation(rate!), Options.TcfDuration),
            ],
            () => ListenForFrames(T30Timer.T4));
    }

    private void OnFailureToTrain()
    {
        trainingFailuresAtRate++;
        commandTries = 0;
        var lower = rate!.NextLower(commonModems);
        if (remoteDis!.V27terFallbackOnly)
        {
            lower = null;
        }

        var limit = lower is null ? Options.TrainingAttemptsAtLowestRate : Options.TrainingAttemptsPerRate;
        if (trainingFailuresAtRate < limit)
        {
            Note($"FTT at {rate}, training again");
            SendDcsAndTraining();
            return;
        }

        if (lower is null)
        {
            Fail(T30Error.TrainingFailure, $"Failure to train at {rate.BitRate} bit/s", sendDcn: true);
            return;
        }

        Note($"FTT at {rate}, falling back to {lower}");
        rate = lower;
        trainingFailuresAtRate = 0;
        SendDcsAndTraining();
    }

    private void OnNoResponse()
    {
        if (state == State.WaitingForTrainingResponse)
        {
            if (commandTries >= Options.CommandAttempts)
            {
                Fail(T30Error.NoResponseToDcs, $"No response to DCS after {commandTries} tries", sendDcn: true);
                return;
            }

            SendDcsAndTraining();
            return;
        }

        if (lastCommand is null || state == State.WaitingForDis)
        {
            return;
        }

        if (commandTries >= Options.CommandAttempts)
        {
            Fail(T30Error.NoResponseToPostPage, $"No response to {lastCommand.Fcf} after {commandTries} tries", sendDcn: true);
            return;
        }

        commandTries++;
        Note($"No response, repeating {lastCommand.Fcf} (try {commandTries})");
        SendFrames(() => ListenForFrames(T30Timer.T4), lastCommand);
    }

    private void SendPage()
    {
        postPageCommand = ChoosePostPageCommand();
        pageOnLine = true;
        EnterPhase(T30Phase.C, $"Sending page {PageNumber}{(pageRetries > 0 ? $" (retransmission {pageRetries})" : string.Empty)} at {rate}");
        var data = source.GetPageData(pageIndex, Current);
        if (Current.ErrorCorrection)
        {
            ecmPage = new EcmPage(data, Current.EcmFrameSize);
            block = 0;
            pprCount = 0;
            ctcCount = 0;
            pagePprs = 0;
            pageFramesRequestedAgain = 0;
            pageIncomplete = false;
            SendBlock(Enumerable.Range(0, ecmPage.FramesInBlock(0)).ToList());
            return;
        }

        lastCommand = Frame(postPageCommand);
        Transmit(
            [
                new SendSilence(Options.HighSpeedSilence),
                new SendImage(new Modulation(rate!, ShortTrain: true), data, Current.MinScanLineTimeMs),
                new SendSilence(Options.HighSpeedSilence),
                FrameSequence(lastCommand),
            ],
            () =>
            {
                EnterPhase(T30Phase.D, $"Page {PageNumber} sent, {postPageCommand} sent");
                commandTries = 1;
                state = State.WaitingForPostPageResponse;
                ListenForFrames(T30Timer.T4);
            });
    }

    private FacsimileControlField ChoosePostPageCommand()
    {
        if (pageIndex == source.PageCount - 1)
        {
            return FacsimileControlField.EOP;
        }

        var next = CapabilityNegotiator.Negotiate(Options.Capabilities, remoteDis!, source.GetFormat(pageIndex + 1)).Parameters;
        var same = next is not null
            && next.Resolution == Current.Resolution
            && next.Width == Current.Width
            && next.Length == Current.Length
            && next.Coding == Current.Coding
            && next.MinScanLineTimeMs == Current.MinScanLineTimeMs;
        return same ? FacsimileControlField.MPS : FacsimileControlField.EOM;
    }

    private void OnPostPageResponse(FacsimileControlField response)
    {
        switch (response)
        {
            case FacsimileControlField.MCF:
                StopTimer(T30Timer.T4);
                PageDone(PageOutcome.Confirmed, retrain: false, response);
                break;
            case FacsimileControlField.RTP:
                StopTimer(T30Timer.T4);
                PageDone(PageOutcome.ConfirmedRetrain, retrain: true, response);
                break;
            case FacsimileControlField.PIP:
                StopTimer(T30Timer.T4);
                Note("PIP: procedure interrupt not supported, treated as MCF");
                PageDone(PageOutcome.Confirmed, retrain: false, response);
                break;
            case FacsimileControlField.RTN:
            case FacsimileControlField.PIN:
                StopTimer(T30Timer.T4);
                if (response == FacsimileControlField.PIN)
                {
                    Note("PIN: procedure interrupt not supported, treated as RTN");
                }

                OnPageRejected(response);
                break;
        }
    }

    private void PageDone(PageOutcome outcome, bool retrain, FacsimileControlField response)
    {
        pageOnLine = false;
        RecordPage(
            new PageResult(PageNumber, Current.Resolution, Current.Coding, rate!.BitRate, Current.ErrorCorrection, outcome, 0, 0, 0, pageRetries)
            {
                Response = response,
                PartialPageRequests = pagePprs,
                FramesRequestedAgain = pageFramesRequestedAgain,
            },
            ReadOnlyMemory<byte>.Empty);
        anyPageIncomplete |= outcome == PageOutcome.Incomplete;
        pageIndex++;
        pageRetries = 0;
        lastCommand = null;

        switch (postPageCommand)
        {
            case FacsimileControlField.EOP:
                if (anyPageIncomplete)
                {
                    Release(T30Error.EcmTooManyPpr, "ECM: too many PPR, partial pages abandoned with EOR");
                }
                else
                {
                    Release(T30Error.Success, $"{PagesAccepted} page(s) sent");
                }

                break;
            case FacsimileControlField.EOM:
                state = State.WaitingForDis;
                EnterPhase(T30Phase.B, "EOM confirmed, waiting for DIS");
                ListenForFrames(T30Timer.T1);
                break;
            default:
                if (retrain)
                {
                    commandTries = 0;
                    trainingFailuresAtRate = 0;
                    SendDcsAndTraining();
                }
                else
                {
                    SendPage();
                }

                break;
        }
    }

    private void OnPageRejected(FacsimileControlField response)
    {
        pageRetries++;
        if (pageRetries > Options.MaxPageRetransmissions)
        {
            pageOnLine = false;
            RecordPage(
                new PageResult(PageNumber, Current.Resolution, Current.Coding, rate!.BitRate, false, PageOutcome.Rejected, 0, 0, 0, pageRetries - 1)
                {
                    Response = response,
                },
                ReadOnlyMemory<byte>.Empty);
            Fail(T30Error.PageRejected, $"Remote rejected page {PageNumber} (RTN) after {pageRetries - 1} retransmissions", sendDcn: true);
            return;
        }

        if (Options.StepDownOnRtn && rate!.NextLower(commonModems) is { } lower && !remoteDis!.V27terFallbackOnly)
        {
            rate = lower;
        }

        Note($"RTN: page {PageNumber} rejected, retraining at {rate} to send it again");
        commandTries = 0;
        trainingFailuresAtRate = 0;
        SendDcsAndTraining();
    }

    private void SendBlock(IReadOnlyList<int> frames)
    {
        var page = ecmPage!;
        var count = page.FramesInBlock(block);
        var last = block == page.BlockCount - 1;
        var burst = frames.Select(f => page.FcdFrame(block, f)).ToList();
        for (var i = 0; i < 3; i++)
        {
            burst.Add(new T30Frame(FacsimileControlField.RCP, isFinal: i == 2));
        }

        var pps = new PartialPageSignal(last ? postPageCommand : null, pageIndex, block, count);
        lastCommand = Frame(FacsimileControlField.PPS, pps.Encode(XBit));
        var modulation = new Modulation(rate!, ShortTrain: !longTrainNext);
        longTrainNext = false;
        EnterPhase(T30Phase.C, $"Sending page {PageNumber} block {block}: {frames.Count} of {count} frames at {rate}");
        Transmit(
            [
                new SendSilence(Options.HighSpeedSilence),
                new SendEcmFrames(modulation, burst),
                new SendSilence(Options.HighSpeedSilence),
                FrameSequence(lastCommand),
            ],
            () =>
            {
                EnterPhase(T30Phase.D, $"PPS-{(last ? postPageCommand.ToString() : "NULL")} sent");
                commandTries = 1;
                state = State.WaitingForPpsResponse;
                ListenForFrames(T30Timer.T4);
            });
    }

    private void OnPpsResponse(T30Frame frame)
    {
        switch (frame.Fcf)
        {
            case FacsimileControlField.MCF:
                StopTimer(T30Timer.T4);
                StopTimer(T30Timer.T5);
                BlockDone();
                break;
            case FacsimileControlField.PPR:
                StopTimer(T30Timer.T4);
                StopTimer(T30Timer.T5);
                var missing = PartialPageRequestMap.Decode(frame.FifSpan).Frames(ecmPage!.FramesInBlock(block));
                if (missing.Count == 0)
                {
                    BlockDone();
                    return;
                }

                pprCount++;
                pagePprs++;
                pageFramesRequestedAgain += missing.Count;
                Note($"PPR {pprCount}: {missing.Count} frame(s) to send again");
                if (pprCount >= Options.PprsBeforeCtcOrEor)
                {
                    ContinueToCorrectOrEnd(missing);
                }
                else
                {
                    SendBlock(missing);
                }

                break;
        }
    }

    private void OnReceiverNotReady()
    {
        StopTimer(T30Timer.T4);
        if (!IsArmed(T30Timer.T5))
        {
            StartTimer(T30Timer.T5);
        }

        Note("RNR: receiver busy, sending RR");
        lastCommand = Frame(FacsimileControlField.RR);
        commandTries = 1;
        SendFrames(() => ListenForFrames(T30Timer.T4), lastCommand);
    }

    private void ContinueToCorrectOrEnd(IReadOnlyList<int> missing)
    {
        pprCount = 0;
        commandTries = 1;
        if (ctcCount < Options.MaxCtcPerBlock)
        {
            ctcCount++;
            if (rate!.NextLower(commonModems) is { } lower && !remoteDis!.V27terFallbackOnly)
            {
                rate = lower;
                Parameters = Current with { Rate = lower };
            }

            pendingRetransmission = missing;
            var bits = new T30BitField(2);
            bits.Set(11, 4, rate.DcsRateBits);
            lastCommand = Frame(FacsimileControlField.CTC, bits.ToArray()[..2]);
            state = State.WaitingForCtcResponse;
            Note($"Sending CTC, continuing at {rate}");
        }
        else
        {
            var last = block == ecmPage!.BlockCount - 1;
            FacsimileControlField? command = last ? postPageCommand : null;
            lastCommand = Frame(FacsimileControlField.EOR, [command is { } c ? FcfCodec.Encode(c, XBit) : (byte)0]);
            pageIncomplete = true;
            state = State.WaitingForEorResponse;
            Note($"Sending EOR-{(command?.ToString() ?? "NULL")}: giving up on block {block}");
        }

        SendFrames(() => ListenForFrames(T30Timer.T4), lastCommand);
    }

    private void BlockDone()
    {
        pprCount = 0;
        ctcCount = 0;
        if (block < ecmPage!.BlockCount - 1)
        {
            block++;
            SendBlock(Enumerable.Range(0, ecmPage.FramesInBlock(block)).ToList());
            return;
        }

        PageDone(pageIncomplete ? PageOutcome.Incomplete : PageOutcome.Confirmed, retrain: false,
            pageIncomplete ? FacsimileControlField.ERR : FacsimileControlField.MCF);
    }

    // A page refused with RTN and being sent again counts as attempted too: its copies went out, none was confirmed.
    private protected override PageResult? UnansweredPage() =>
        pageOnLine
            ? new PageResult(PageNumber, Current.Resolution, Current.Coding, rate!.BitRate, Current.ErrorCorrection, PageOutcome.Attempted, 0, 0, 0, pageRetries)
            {
                PartialPageRequests = pagePprs,
                FramesRequestedAgain = pageFramesRequestedAgain,
            }
            : null;

    private static int Rank(SignallingRate r)
    {
        for (var i = 0; i < SignallingRate.FallbackSequence.Count; i++)
        {
            if (SignallingRate.FallbackSequence[i] == r)
            {
                return i;
            }
        }

        return -1;
    }
}
