using Groupus.Fax.T30;

namespace Groupus.FaxGateway.Tests.T30;

/// <summary>Procedure interrupts are not supported; they are declined without failing the call.</summary>
public class ProcedureInterruptTests
{
    private static (T30Session Caller, IReadOnlyList<T30Action> Last) CallerAwaitingPostPageResponse()
    {
        var caller = T30Session.CreateCaller(Fax.CallerOptions(), Fax.Document(1));
        caller.Start();
        var dis = DigitalIdentificationSignal.FromCapabilities(new T30Capabilities()).Encode();
        caller.Handle(new FrameReceived(new T30Frame(FacsimileControlField.DIS, dis)));
        caller.Handle(new TransmitComplete());
        caller.Handle(new FrameReceived(new T30Frame(FacsimileControlField.CFR)));
        var last = caller.Handle(new TransmitComplete());
        return (caller, last);
    }

    [Fact]
    public void Pip_is_taken_as_mcf()
    {
        var (caller, _) = CallerAwaitingPostPageResponse();
        var actions = caller.Handle(new FrameReceived(new T30Frame(FacsimileControlField.PIP)));

        Assert.Equal(PageOutcome.Confirmed, actions.OfType<ReportPage>().Single().Result.Outcome);
        Assert.Equal(FacsimileControlField.DCN, actions.OfType<SendFrames>().Single().Frames.Single().Fcf);
    }

    [Fact]
    public void Pin_is_taken_as_rtn_and_the_caller_retrains()
    {
        var (caller, _) = CallerAwaitingPostPageResponse();
        var actions = caller.Handle(new FrameReceived(new T30Frame(FacsimileControlField.PIN)));

        var frames = actions.OfType<SendFrames>().Single().Frames;
        Assert.Equal(FacsimileControlField.DCS, frames[^1].Fcf);
        Assert.Contains(actions, a => a is SendTraining);
    }

    [Fact]
    public void Answerer_treats_pri_eop_as_eop()
    {
        var answerer = T30Session.CreateAnswerer(Fax.AnswererOptions());
        answerer.Start();
        answerer.Handle(new TransmitComplete());
        var dcs = new DigitalCommandSignal { Rate = SignallingRate.V29_9600 };
        answerer.Handle(new FrameReceived(new T30Frame(FacsimileControlField.DCS, dcs.Encode(), xBit: true)));
        answerer.Handle(new TrainingReceived(TrainingResult.Clean));
        answerer.Handle(new TransmitComplete());
        answerer.Handle(new ImageReceived(Fax.PageData(1), PageQuality.Perfect(1100)));
        var actions = answerer.Handle(new FrameReceived(new T30Frame(FacsimileControlField.PRI_EOP, xBit: true)));

        Assert.Equal(FacsimileControlField.MCF, actions.OfType<SendFrames>().Single().Frames.Single().Fcf);
        answerer.Handle(new TransmitComplete());
        answerer.Handle(new FrameReceived(new T30Frame(FacsimileControlField.DCN, xBit: true)));
        Assert.True(answerer.Result!.Success);
        Assert.Equal(1, answerer.Result.PagesTransferred);
    }
}
