using Groupus.Fax.T30;

namespace Groupus.FaxGateway.Tests.T30;

/// <summary>
/// Non-ECM receiver whose T2 runs out before the page carrier comes (a page longer than T2 that the modem did not
/// catch): it goes back to V.21 for the post-page command instead of hanging up, and answers RTN for the page.
/// </summary>
public class MissedPageCarrierTests
{
    // 12,000 octets take 6.7 s at 14,400 bit/s: longer than T2 (6 s), as efax's page on the service line.
    private const int LongPage = 12_000;

    [Fact]
    public void A_missed_page_carrier_is_answered_with_rtn_and_the_resent_page_is_confirmed()
    {
        var line = Fax.Line(Fax.Document(1, length: LongPage));
        line.HearImageCarrier = n => n != 1;
        line.Run();

        Assert.True(line.AnswererEnd.Result!.Success, line.Transcript());
        Assert.True(line.CallerEnd.Result!.Success, line.CallerEnd.Result.Detail);
        Assert.Equal(1, line.AnswererEnd.Result.PagesTransferred);
        Assert.Equal(1, line.AnswererEnd.Count(FacsimileControlField.RTN));
        Assert.Equal(2, line.CallerEnd.Count(FacsimileControlField.DCS));
        Assert.Equal(2, line.CallerEnd.Count(FacsimileControlField.EOP));
        Assert.Equal([PageOutcome.Rejected, PageOutcome.Confirmed], line.AnswererEnd.Pages.Select(p => p.Result.Outcome));
        Assert.Equal([1, 1], line.AnswererEnd.Pages.Select(p => p.Result.PageNumber));
        Assert.Equal(Fax.PageData(1, LongPage), line.AnswererEnd.Pages[1].Data.ToArray());
        Assert.Contains(line.AnswererEnd.Progress, p => p.Message.StartsWith("No carrier for page 1 within T2", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missed_second_page_is_not_mistaken_for_a_repeated_mps()
    {
        var line = Fax.Line(Fax.Document(2, length: LongPage));
        line.HearImageCarrier = n => n != 2;
        line.Run();

        Assert.True(line.AnswererEnd.Result!.Success, line.Transcript());
        Assert.Equal(2, line.AnswererEnd.Result.PagesTransferred);
        Assert.Equal(1, line.AnswererEnd.Count(FacsimileControlField.RTN));
        Assert.Equal(
            [(1, PageOutcome.Confirmed), (2, PageOutcome.Rejected), (2, PageOutcome.Confirmed)],
            line.AnswererEnd.Pages.Select(p => (p.Result.PageNumber, p.Result.Outcome)));
        Assert.Equal(Fax.PageData(2, LongPage), line.AnswererEnd.Pages[2].Data.ToArray());
    }

    [Fact]
    public void A_caller_that_hangs_up_after_rtn_for_a_missed_page_leaves_the_page_not_received()
    {
        var line = Fax.Line(Fax.Document(1, length: LongPage), Fax.CallerOptions() with { MaxPageRetransmissions = 0 });
        line.HearImageCarrier = _ => false;
        line.Run();

        var result = line.AnswererEnd.Result!;
        Assert.False(result.Success);
        Assert.Same(T30Error.RemoteDisconnectPhaseD, result.Error);
        Assert.Equal(0, result.PagesTransferred);
        Assert.Equal(PageOutcome.Rejected, Assert.Single(result.Pages).Outcome);
        Assert.Equal(FacsimileControlField.RTN, line.AnswererEnd.SentFrames.Last().Fcf);
        Assert.Same(T30Error.PageRejected, line.CallerEnd.Result!.Error);
    }

    [Fact]
    public void No_command_after_a_missed_page_still_ends_the_call_when_t2_runs_out_again()
    {
        var answerer = T30Session.CreateAnswerer(Fax.AnswererOptions());
        answerer.Start();
        answerer.Handle(new TransmitComplete());
        var dcs = new DigitalCommandSignal { Rate = SignallingRate.V17_14400, Resolution = Resolution.Fine };
        answerer.Handle(new FrameReceived(new T30Frame(FacsimileControlField.DCS, dcs.Encode(), xBit: true)));
        Assert.Equal(FacsimileControlField.CFR, answerer.Handle(new TrainingReceived(TrainingResult.Clean)).OfType<SendFrames>().Single().Frames.Single().Fcf);
        Assert.Contains(answerer.Handle(new TransmitComplete()), a => a is ReceiveImage);

        // The page carrier never comes: T2 runs out and the answerer listens for the post-page command.
        var missed = answerer.Handle(new TimerExpired(T30Timer.T2));
        Assert.Contains(missed, a => a is ReceiveFrames);
        Assert.Contains(missed, a => a is StartTimer { Timer: T30Timer.T2 });
        Assert.DoesNotContain(missed, a => a is SendFrames);
        Assert.False(answerer.IsFinished);

        // No command either: it keeps listening in T2 periods, T1 (35 s) in all, then ends the call with DCN.
        var listens = 1;
        IReadOnlyList<T30Action> actions;
        while (!(actions = answerer.Handle(new TimerExpired(T30Timer.T2))).OfType<SendFrames>().Any())
        {
            Assert.Contains(actions, a => a is ReceiveFrames);
            listens++;
            Assert.InRange(listens, 1, 5);
        }

        Assert.Equal(5, listens);
        Assert.Equal(FacsimileControlField.DCN, actions.OfType<SendFrames>().Single().Frames.Single().Fcf);
        Assert.Contains(answerer.Handle(new TransmitComplete()), a => a is Hangup);
        Assert.Same(T30Error.NoCommandT2, answerer.Result!.Error);
        Assert.Equal(0, answerer.Result.PagesTransferred);
    }

    [Fact]
    public void Ecm_a_burst_missed_until_t2_is_asked_for_again_with_ppr()
    {
        // 20,000 octets of ECM frames take 11 s at 14,400 bit/s; none of the first burst, RCP included, is heard.
        var line = Fax.Line(Fax.Document(1, length: 20_000), Fax.CallerOptions(Fax.Ecm()), Fax.AnswererOptions(Fax.Ecm()));
        var rcps = 0;
        line.Deliver = (side, frame) =>
        {
            if (side != LineSide.Caller)
            {
                return true;
            }

            rcps += frame.Fcf == FacsimileControlField.RCP ? 1 : 0;
            return frame.Fcf switch
            {
                FacsimileControlField.FCD => rcps >= 3,
                FacsimileControlField.RCP => rcps > 3,
                _ => true,
            };
        };
        line.Run();

        Assert.True(line.AnswererEnd.Result!.Success, line.Transcript());
        Assert.True(line.CallerEnd.Result!.Success, line.CallerEnd.Result.Detail);
        Assert.Equal(1, line.AnswererEnd.Count(FacsimileControlField.PPR));
        Assert.Equal(Fax.PageData(1, 20_000), line.AnswererEnd.Pages.Single().Data.ToArray());
    }
}
