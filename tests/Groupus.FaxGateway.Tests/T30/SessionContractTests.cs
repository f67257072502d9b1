using Groupus.Fax.T30;

namespace Groupus.FaxGateway.Tests.T30;

public class SessionContractTests
{
    [Fact]
    public void Caller_starts_by_listening_for_frames_under_t1()
    {
        var caller = T30Session.CreateCaller(Fax.CallerOptions(), Fax.Document(1));
        var actions = caller.Start();

        Assert.Contains(actions, a => a is ReceiveFrames);
        Assert.Contains(new StartTimer(T30Timer.T1, TimeSpan.FromSeconds(35)), actions);
        Assert.DoesNotContain(actions, a => a.IsTransmit);
        Assert.Equal(T30Phase.A, caller.Phase);
    }

    [Fact]
    public void Answerer_starts_with_silence_then_csi_and_dis_and_waits_for_transmit_complete()
    {
        var answerer = T30Session.CreateAnswerer(Fax.AnswererOptions() with { NonStandardFacilities = [0xB5, 0x00, 0x26] });
        var actions = answerer.Start();

        var transmits = actions.Where(a => a.IsTransmit).ToList();
        Assert.IsType<SendSilence>(transmits[0]);
        var frames = Assert.IsType<SendFrames>(transmits[1]).Frames;
        Assert.Equal([FacsimileControlField.NSF, FacsimileControlField.CSI, FacsimileControlField.DIS], frames.Select(f => f.Fcf));
        Assert.Equal([false, false, true], frames.Select(f => f.IsFinal));
        Assert.DoesNotContain(actions, a => a is ReceiveFrames);

        var next = answerer.Handle(new TransmitComplete());
        Assert.Contains(next, a => a is ReceiveFrames);
        Assert.Contains(new StartTimer(T30Timer.T4, TimeSpan.FromSeconds(3)), next);
    }

    [Fact]
    public void Expiry_of_a_timer_that_was_stopped_is_ignored()
    {
        var caller = T30Session.CreateCaller(Fax.CallerOptions(), Fax.Document(1));
        caller.Start();
        var dis = DigitalIdentificationSignal.FromCapabilities(new T30Capabilities()).Encode();
        var actions = caller.Handle(new FrameReceived(new T30Frame(FacsimileControlField.DIS, dis)));
        Assert.Contains(new StopTimer(T30Timer.T1), actions);

        Assert.Empty(caller.Handle(new TimerExpired(T30Timer.T1)));
        Assert.False(caller.IsFinished);
    }

    [Fact]
    public void Answerer_waiting_for_tcf_takes_a_repeated_command_instead_of_answering_ftt_when_t2_runs_out()
    {
        var answerer = T30Session.CreateAnswerer(Fax.AnswererOptions());
        answerer.Start();
        answerer.Handle(new TransmitComplete());
        var dcs = new DigitalCommandSignal { Rate = SignallingRate.V17_14400, MinScanLineTimeMs = 0 };
        Assert.Contains(answerer.Handle(new FrameReceived(new T30Frame(FacsimileControlField.DCS, dcs.Encode()))), a => a is ReceiveTraining);

        // The modem heard V.21 (+FCERROR) and delivered the caller's repeated TSI after T2's deadline had passed.
        var afterTsi = answerer.Handle(new FrameReceived(new T30Frame(FacsimileControlField.TSI, SubscriberIdentification.Encode("1001"), isFinal: false)));
        Assert.Contains(afterTsi, a => a is ReceiveFrames);
        Assert.Contains(new StopTimer(T30Timer.T2), afterTsi);
        Assert.Contains(afterTsi, a => a is StartTimer { Timer: T30Timer.T2 });
        Assert.DoesNotContain(afterTsi, a => a.IsTransmit);

        var afterDcs = answerer.Handle(new FrameReceived(new T30Frame(FacsimileControlField.DCS, dcs.Encode())));
        Assert.Contains(afterDcs, a => a is ReceiveTraining);
        Assert.DoesNotContain(afterDcs, a => a is SendFrames);
    }

    [Fact]
    public void Events_before_start_are_refused_and_events_after_the_end_are_ignored()
    {
        var caller = T30Session.CreateCaller(Fax.CallerOptions(), Fax.Document(1));
        Assert.Throws<InvalidOperationException>(() => caller.Handle(new TransmitComplete()));
        caller.Start();
        caller.Handle(new LineDropped());
        Assert.True(caller.IsFinished);
        Assert.Empty(caller.Handle(new TimerExpired(T30Timer.T1)));
        Assert.Throws<InvalidOperationException>(() => caller.Start());
    }

    [Fact]
    public void Session_result_is_the_last_action_and_follows_hangup()
    {
        var line = Fax.Line(Fax.Document(1)).Run();
        foreach (var end in new[] { line.CallerEnd, line.AnswererEnd })
        {
            var actions = end.Actions.Select(a => a.Action).ToList();
            Assert.IsType<ReportSessionResult>(actions[^1]);
            Assert.True(actions.FindLastIndex(a => a is Hangup) < actions.Count - 1);
        }
    }

    [Fact]
    public void Every_started_timer_is_stopped_or_expired_by_the_end()
    {
        var line = Fax.Line(Fax.Document(2)).Run();
        foreach (var end in new[] { line.CallerEnd, line.AnswererEnd })
        {
            var running = new HashSet<T30Timer>();
            foreach (var action in end.Actions.Select(a => a.Action))
            {
                if (action is StartTimer s)
                {
                    running.Add(s.Timer);
                }
                else if (action is StopTimer t)
                {
                    running.Remove(t.Timer);
                }
            }

            Assert.Empty(running);
        }
    }

    [Fact]
    public void A_tsi_received_while_t4_runs_restarts_t4_so_the_dcs_behind_it_is_still_awaited()
    {
        var answerer = T30Session.CreateAnswerer(Fax.AnswererOptions());
        answerer.Start();
        Assert.Contains(new StartTimer(T30Timer.T4, TimeSpan.FromSeconds(3)), answerer.Handle(new TransmitComplete()));

        // The caller's response began in time; its TSI ends as T4 would have run out, its DCS is still on the way.
        var tsi = new T30Frame(FacsimileControlField.TSI, SubscriberIdentification.Encode("+44 1"), xBit: true, isFinal: false);
        var afterTsi = answerer.Handle(new FrameReceived(tsi));
        Assert.Contains(new StartTimer(T30Timer.T4, TimeSpan.FromSeconds(3)), afterTsi);
        Assert.DoesNotContain(afterTsi, a => a.IsTransmit);

        var dcs = new DigitalCommandSignal { Rate = SignallingRate.V29_9600, Resolution = Resolution.Standard, Coding = ImageCoding.MH, MinScanLineTimeMs = 0 };
        Assert.Contains(answerer.Handle(new FrameReceived(new T30Frame(FacsimileControlField.DCS, dcs.Encode(), xBit: true))), a => a is ReceiveTraining);
    }
}
