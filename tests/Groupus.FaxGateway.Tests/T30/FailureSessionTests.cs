using Groupus.Fax.T30;

namespace Groupus.FaxGateway.Tests.T30;

public class FailureSessionTests
{
    [Fact]
    public void Caller_gives_up_with_t1_when_nothing_answers()
    {
        var line = new SimulatedLine(T30Session.CreateCaller(Fax.CallerOptions(), Fax.Document(1)), null).Run();

        var result = line.CallerEnd.Result!;
        Assert.Same(T30Error.NoAnswerT1, result.Error);
        Assert.Equal("No answer from remote (T1 timeout)", result.Error.Text);
        Assert.Equal(TimeSpan.FromSeconds(35), line.Now);
        Assert.Empty(line.CallerEnd.SentFrames);
        Assert.Contains(line.CallerEnd.Actions, a => a.Action is Hangup);
    }

    [Fact]
    public void Answerer_repeats_dis_every_t4_until_t1_expires()
    {
        var line = new SimulatedLine(null, T30Session.CreateAnswerer(Fax.AnswererOptions())).Run();

        Assert.Same(T30Error.NoCallerResponseT1, line.AnswererEnd.Result!.Error);
        var dis = line.AnswererEnd.Count(FacsimileControlField.DIS);
        Assert.InRange(dis, 7, 9);
        Assert.Equal(FacsimileControlField.DCN, line.AnswererEnd.SentFrames.Last().Fcf);
    }

    [Fact]
    public void Timer_durations_are_configurable()
    {
        var options = Fax.CallerOptions() with { Timers = new T30TimerSettings { T1 = TimeSpan.FromSeconds(40) } };
        var line = new SimulatedLine(T30Session.CreateCaller(options, Fax.Document(1)), null).Run();
        Assert.Equal(TimeSpan.FromSeconds(40), line.Now);
    }

    [Fact]
    public void Dcn_from_the_answerer_in_phase_b_is_a_remote_hang_up_for_the_caller()
    {
        var line = Fax.Line(Fax.Document(1));
        // At 5 s the caller is still sending TCF; the answerer's DCN reaches it once it listens for CFR.
        line.InjectAt(TimeSpan.FromSeconds(5), LineSide.Answerer, new AbortRequested());
        line.Run();

        Assert.Same(T30Error.LocalAbort, line.AnswererEnd.Result!.Error);
        Assert.Same(T30Error.RemoteDisconnectPhaseB, line.CallerEnd.Result!.Error);
        Assert.Equal("Remote hung up (DCN) during phase B", line.CallerEnd.Result.Error.Text);
        Assert.DoesNotContain(line.CallerEnd.SentFrames, f => f.Fcf == FacsimileControlField.DCN);
    }

    [Fact]
    public void Dcn_from_the_caller_between_pages_ends_the_answerer_with_the_pages_it_has()
    {
        var line = Fax.Line(Fax.Document(3));
        // At 10.6 s the caller waits for MCF to page 1; its DCN reaches the answerer just after that MCF.
        line.InjectAt(TimeSpan.FromSeconds(10.6), LineSide.Caller, new AbortRequested());
        line.Run();

        Assert.Same(T30Error.LocalAbort, line.CallerEnd.Result!.Error);
        var answerer = line.AnswererEnd.Result!;
        Assert.Same(T30Error.RemoteDisconnectPhaseC, answerer.Error);
        Assert.Equal(1, answerer.PagesTransferred);
    }

    [Fact]
    public void Line_drop_mid_page_is_reported_as_line_dropped()
    {
        var line = Fax.Line(Fax.Document(2));
        line.InjectAt(TimeSpan.FromSeconds(8), LineSide.Caller, new LineDropped());
        line.InjectAt(TimeSpan.FromSeconds(8), LineSide.Answerer, new LineDropped());
        line.Run();

        Assert.Same(T30Error.LineDropped, line.CallerEnd.Result!.Error);
        Assert.Same(T30Error.LineDropped, line.AnswererEnd.Result!.Error);
    }

    [Fact]
    public void Answerer_that_cannot_receive_is_refused_before_training()
    {
        var caller = T30Session.CreateCaller(Fax.CallerOptions(), Fax.Document(1));
        caller.Start();
        var dis = new DigitalIdentificationSignal { CanReceive = false, ReadyToTransmit = true }.Encode();
        var actions = caller.Handle(new FrameReceived(new T30Frame(FacsimileControlField.DIS, dis)));

        Assert.Same(T30Error.RemoteCannotReceive, caller.Result is null ? T30Error.RemoteCannotReceive : caller.Result.Error);
        var send = Assert.Single(actions.OfType<SendFrames>());
        Assert.Equal(FacsimileControlField.DCN, send.Frames.Single().Fcf);
        actions = caller.Handle(new TransmitComplete());
        Assert.Contains(actions, a => a is Hangup);
        Assert.Same(T30Error.RemoteCannotReceive, caller.Result!.Error);
    }

    [Fact]
    public void Answerer_refuses_a_dcs_it_cannot_honour()
    {
        var line = Fax.Line(
            Fax.Document(1),
            Fax.CallerOptions(Fax.Ecm()),
            Fax.AnswererOptions(new T30Capabilities { ErrorCorrection = false }));

        // The caller only sees the DIS the answerer really sends, so force an ECM DCS by hand.
        var answerer = line.AnswererEnd.Session;
        answerer.Start();
        answerer.Handle(new TransmitComplete());
        var dcs = new DigitalCommandSignal { Rate = SignallingRate.V17_14400, ErrorCorrection = true, Coding = ImageCoding.MMR };
        var actions = answerer.Handle(new FrameReceived(new T30Frame(FacsimileControlField.DCS, dcs.Encode(), xBit: true)));

        Assert.Equal(FacsimileControlField.DCN, actions.OfType<SendFrames>().Single().Frames.Single().Fcf);
        answerer.Handle(new TransmitComplete());
        Assert.Same(T30Error.UnsupportedDcs, answerer.Result!.Error);
    }

    [Fact]
    public void Caller_with_nothing_to_send_hangs_up_at_once()
    {
        var caller = T30Session.CreateCaller(Fax.CallerOptions(), new StaticPageSource([]));
        var actions = caller.Start();

        Assert.Contains(actions, a => a is Hangup);
        Assert.Same(T30Error.NothingToSend, caller.Result!.Error);
    }

    [Fact]
    public void Answerer_that_loses_the_line_after_confirming_eop_still_has_the_document()
    {
        var line = Fax.Line(Fax.Document(1));
        line.Deliver = (side, frame) => frame.Fcf != FacsimileControlField.DCN;
        line.Run();

        Assert.True(line.CallerEnd.Result!.Success);
        Assert.True(line.AnswererEnd.Result!.Success, line.AnswererEnd.Result.Detail);
        Assert.Equal(1, line.AnswererEnd.Result.PagesTransferred);
    }
}
