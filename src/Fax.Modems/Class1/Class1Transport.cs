using Groupus.Fax.T30;

namespace Groupus.Fax.Modems.Class1;

/// <summary>
/// Drives a <see cref="T30Session"/> over a Class 1 modem: carries out the engine's actions as T.31 commands in
/// order, and feeds back what the modem heard, <see cref="TransmitComplete"/> after each transmit batch, and timer
/// expiries from a <see cref="TimeProvider"/>. Waiting for a carrier is cut short when a T.30 timer runs out.
/// </summary>
/// <param name="measurePage">Copy quality of a received non-ECM page under the parameters in force (null: not measured).</param>
/// <param name="observe">
/// Sees every report action (<see cref="ReportProgress"/>, <see cref="ReportPage"/>, <see cref="ReportSessionResult"/>)
/// as it is carried out.
/// </param>
public sealed class Class1Transport(
    Class1Modem modem,
    TimeProvider time,
    Func<ReadOnlyMemory<byte>, DigitalCommandSignal, PageQuality?>? measurePage = null,
    Action<T30Session, T30Action>? observe = null)
{
    /// <summary>After NO CARRIER to a receive command, wait a little before asking again.</summary>
    private static readonly TimeSpan NoCarrierPause = TimeSpan.FromMilliseconds(100);

    /// <summary>ECM: flags after the last RCP, so the modem's buffer drains before the carrier stops.</summary>
    private const int EcmClosingFlags = 10;

    private bool transmitterOn;
    private bool receiverOn;
    private bool lastTurnWasReception;

    /// <summary>Runs the session to its end and returns its result; the engine's Hangup is carried out with ATH0.</summary>
    public async Task<T30SessionResult> RunAsync(T30Session session, Class1CallState state, CancellationToken cancellationToken)
    {
        transmitterOn = state == Class1CallState.Answered;
        receiverOn = state == Class1CallState.Dialled;
        lastTurnWasReception = state == Class1CallState.Dialled;
        var timers = new T30TimerSet(time);
        var heard = new Queue<T30Event>();
        T30Action? listening = null;
        var batch = session.Start();
        while (true)
        {
            var transmitted = false;
            var transmitFailed = false;
            foreach (var action in batch)
            {
                switch (action)
                {
                    case ReportSessionResult report:
                        observe?.Invoke(session, action);
                        return report.Result;
                    case StartTimer start:
                        timers.Start(start.Timer, start.Duration);
                        break;
                    case StopTimer stop:
                        timers.Stop(stop.Timer);
                        break;
                    case ReceiveFrames or ReceiveTraining or ReceiveImage or ReceiveEcmFrames:
                        listening = action;
                        break;
                    case Hangup:
                        await HangUpAsync(cancellationToken);
                        break;
                    case { IsTransmit: true }:
                        listening = null;
                        transmitted = true;
                        transmitFailed = transmitFailed || !await TransmitAsync(action, cancellationToken);
                        break;
                    default:
                        observe?.Invoke(session, action);
                        break;
                }
            }

            if (transmitted)
            {
                lastTurnWasReception = false;
                batch = session.Handle(transmitFailed ? new LineDropped() : new TransmitComplete());
                continue;
            }

            if (heard.Count == 0 && !timers.AnyExpired && listening is not null)
            {
                foreach (var e in await ListenAsync(listening, session, timers, cancellationToken))
                {
                    heard.Enqueue(e);
                }
            }

            batch = await NextEventAsync(session, heard, timers, listening, cancellationToken);
        }
    }

    private async Task<IReadOnlyList<T30Action>> NextEventAsync(
        T30Session session, Queue<T30Event> heard, T30TimerSet timers, T30Action? listening, CancellationToken cancellationToken)
    {
        if (heard.TryDequeue(out var e))
        {
            return session.Handle(e);
        }

        if (timers.TryTakeExpired(out var expired))
        {
            return session.Handle(new TimerExpired(expired));
        }

        if (listening is not null)
        {
            return [];
        }

        var wait = timers.UntilNextExpiry()
            ?? throw new InvalidOperationException("The T.30 engine is neither listening nor timing anything.");
        await Task.Delay(wait, time, cancellationToken);
        return timers.TryTakeExpired(out expired) ? session.Handle(new TimerExpired(expired)) : [];
    }

    private async Task<bool> TransmitAsync(T30Action action, CancellationToken cancellationToken)
    {
        switch (action)
        {
            case SendSilence silence:
                // After ATA the modem is already sending flags: the silence before the first DIS has passed.
                return transmitterOn || await modem.SendSilenceAsync(silence.Duration, cancellationToken);
            case SendFrames frames:
                if (!transmitterOn && lastTurnWasReception && !await modem.WaitForLineToClearAsync(cancellationToken))
                {
                    return false;
                }

                var on = transmitterOn;
                transmitterOn = false;
                lastTurnWasReception = false;
                return await modem.SendFramesAsync(frames.Frames.Select(f => f.ToBytes()).ToList(), on, cancellationToken);
            case SendTraining training:
                lastTurnWasReception = false;
                return await modem.SendHighSpeedAsync(
                    training.Modulation.Class1Code, new byte[training.OctetCount], training.Modulation.BitRate, cancellationToken);
            case SendImage image:
                lastTurnWasReception = false;
                return await modem.SendHighSpeedAsync(image.Modulation.Class1Code, image.Data, image.Modulation.BitRate, cancellationToken);
            case SendEcmFrames ecm:
                lastTurnWasReception = false;
                var burst = HdlcFramer.Frame(ecm.Frames.Select(f => f.ToBytesWithFcs()), EcmOpeningFlags(ecm.Modulation.BitRate), EcmClosingFlags);
                return await modem.SendHighSpeedAsync(ecm.Modulation.Class1Code, burst, ecm.Modulation.BitRate, cancellationToken);
            default:
                throw new NotSupportedException($"The Class 1 driver cannot transmit {action}.");
        }
    }

    private async Task<IReadOnlyList<T30Event>> ListenAsync(
        T30Action listening, T30Session session, T30TimerSet timers, CancellationToken cancellationToken)
    {
        using var giveUp = timers.CancelAtNextExpiry();
        lastTurnWasReception = true;
        switch (listening)
        {
            case ReceiveTraining training:
            {
                var tcf = await modem.ReceiveHighSpeedAsync(training.Modulation.Class1Code, giveUp.Token, cancellationToken);
                return tcf.Status == ReceptionStatus.Received
                    ? [new TrainingReceived(TrainingMeter.Measure(tcf.Data.Span, training.Modulation.BitRate))]
                    : await AfterNoHighSpeedAsync(tcf.Status, giveUp.Token, cancellationToken);
            }

            case ReceiveImage image:
            {
                var page = await modem.ReceiveHighSpeedAsync(image.Modulation.Class1Code, giveUp.Token, cancellationToken, PageDataWatch.ForScanLines());
                if (page.Status == ReceptionStatus.CarrierLost)
                {
                    return [PageLost(session, page)];
                }

                if (page.Status != ReceptionStatus.Received)
                {
                    return await AfterNoHighSpeedAsync(page.Status, giveUp.Token, cancellationToken);
                }

                var quality = session.Parameters is { } parameters ? measurePage?.Invoke(page.Data, parameters) : null;
                return [new HighSpeedCarrierDetected(), new ImageReceived(page.Data, quality)];
            }

            case ReceiveEcmFrames ecm:
            {
                var burst = await modem.ReceiveHighSpeedAsync(ecm.Modulation.Class1Code, giveUp.Token, cancellationToken, PageDataWatch.ForEcmFrames());
                if (burst.Status == ReceptionStatus.CarrierLost)
                {
                    return [PageLost(session, burst)];
                }

                if (burst.Status != ReceptionStatus.Received)
                {
                    return await AfterNoHighSpeedAsync(burst.Status, giveUp.Token, cancellationToken);
                }

                var deframer = new HdlcDeframer();
                deframer.Push(burst.Data.Span);
                var frames = deframer.Frames
                    .Select(f => T30Frame.TryParse(f, hasFcs: true, out var frame) ? frame : null)
                    .OfType<T30Frame>()
                    .ToList();
                List<T30Event> events = [new HighSpeedCarrierDetected(), .. frames.Select(f => new FrameReceived(f))];
                if (!frames.Any(f => f.Fcf == FacsimileControlField.RCP))
                {
                    events.Add(new HighSpeedCarrierLost());
                }

                return events;
            }

            default:
                return await ReceiveFrameAsync(giveUp.Token, cancellationToken);
        }
    }

    /// <summary>
    /// The caller vanished mid-page: the page is not confirmed and the call ends at once (nobody is left to answer a
    /// post-page response), keeping the pages already confirmed.
    /// </summary>
    private static LineDropped PageLost(T30Session session, Class1Reception reception)
    {
        var confirmed = session.Pages.Count(p => p.Accepted);
        return new LineDropped($"page {confirmed + 1} was not received whole ({reception.Data.Length} octets came), {reception.Detail}");
    }

    /// <summary>ECM: 200 ms of flags before the first frame of a burst lets the receiver's deframer lock on.</summary>
    private static int EcmOpeningFlags(int bitRate) => bitRate / 40;

    /// <summary>+FCERROR: the far end is talking V.21 (a repeated command), so listen for frames instead.</summary>
    private async Task<IReadOnlyList<T30Event>> AfterNoHighSpeedAsync(ReceptionStatus status, CancellationToken giveUp, CancellationToken cancellationToken) =>
        status switch
        {
            ReceptionStatus.WrongCarrier => await ReceiveFrameAsync(giveUp, cancellationToken),
            ReceptionStatus.Refused => [new LineDropped()],
            ReceptionStatus.NoCarrier => await PauseAsync(cancellationToken),
            _ => [],
        };

    private async Task<IReadOnlyList<T30Event>> ReceiveFrameAsync(CancellationToken giveUp, CancellationToken cancellationToken)
    {
        var on = receiverOn;
        receiverOn = false;
        var reception = await modem.ReceiveFrameAsync(on, giveUp, cancellationToken);
        switch (reception.Status)
        {
            case ReceptionStatus.Received:
                return [ParseFrame(reception.Data.Span)];
            case ReceptionStatus.Corrupted:
                return [new FrameCorrupted()];
            case ReceptionStatus.Refused:
                return [new LineDropped()];
            case ReceptionStatus.NoCarrier:
                return await PauseAsync(cancellationToken);
            default:
                return [];
        }
    }

    /// <summary>The modem checked the FCS already; a frame it passed that does not parse as T.30 counts as corrupted.</summary>
    private static T30Event ParseFrame(ReadOnlySpan<byte> data)
    {
        if (T30Frame.TryParse(data, hasFcs: true, out var frame) || (data.Length >= 5 && T30Frame.TryParse(data[..^2], hasFcs: false, out frame)))
        {
            return new FrameReceived(frame!);
        }

        return new FrameCorrupted();
    }

    private async Task<IReadOnlyList<T30Event>> PauseAsync(CancellationToken cancellationToken)
    {
        await Task.Delay(NoCarrierPause, time, cancellationToken);
        return [];
    }

    private async Task HangUpAsync(CancellationToken cancellationToken)
    {
        if (transmitterOn)
        {
            // Still holding a V.21 transmitter from ATA: end it before the command can be heard.
            await modem.Channel.WriteAsync(new byte[] { Serial.Dle.DataLinkEscape, Serial.Dle.EndOfText }, cancellationToken);
            await modem.Channel.ReadReplyAsync("the end of the V.21 transmitter", modem.Settings.CommandTimeout, cancellationToken);
            transmitterOn = false;
        }

        if (!await modem.HangUpAsync(cancellationToken))
        {
            await modem.RecoverAsync(cancellationToken);
        }
    }
}
