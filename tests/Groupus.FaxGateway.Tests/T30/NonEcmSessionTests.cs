using Groupus.Fax.T30;

namespace Groupus.FaxGateway.Tests.T30;

public class NonEcmSessionTests
{
    private static void AssertBothSucceeded(SimulatedLine line, int pages)
    {
        Assert.True(line.CallerEnd.Result!.Success, line.CallerEnd.Result.Detail);
        Assert.True(line.AnswererEnd.Result!.Success, line.AnswererEnd.Result.Detail);
        Assert.Equal(pages, line.CallerEnd.Result.PagesTransferred);
        Assert.Equal(pages, line.AnswererEnd.Result.PagesTransferred);
    }

    [Fact]
    public void One_page_fax_goes_through_phases_a_to_e_at_14400()
    {
        var document = Fax.Document(1);
        var line = Fax.Line(document).Run();

        AssertBothSucceeded(line, 1);
        var received = Assert.Single(line.AnswererEnd.Pages);
        Assert.Equal(Fax.PageData(1), received.Data.ToArray());
        Assert.Equal(PageOutcome.Confirmed, received.Result.Outcome);
        Assert.Equal(14400, received.Result.BitRate);
        Assert.Equal(Resolution.Fine, received.Result.Resolution);
        Assert.Equal(ImageCoding.MR, received.Result.Coding);
        Assert.Equal(Fax.AnswererNumber, line.CallerEnd.Result!.RemoteIdentity);
        Assert.Equal(Fax.CallerNumber, line.AnswererEnd.Result!.RemoteIdentity);

        Assert.Equal(
            [FacsimileControlField.TSI, FacsimileControlField.DCS, FacsimileControlField.EOP, FacsimileControlField.DCN],
            line.CallerEnd.SentFrames.Select(f => f.Fcf));
        Assert.Equal(
            [FacsimileControlField.CSI, FacsimileControlField.DIS, FacsimileControlField.CFR, FacsimileControlField.MCF],
            line.AnswererEnd.SentFrames.Select(f => f.Fcf));
        Assert.All(line.CallerEnd.SentFrames, f => Assert.True(f.XBit || !FcfCodec.HasXBit(f.Fcf)));
        Assert.All(line.AnswererEnd.SentFrames, f => Assert.False(f.XBit));
        Assert.Equal(
            [T30Phase.A, T30Phase.B, T30Phase.C, T30Phase.D, T30Phase.E, T30Phase.Completed],
            line.CallerEnd.Progress.Select(p => p.Phase).Distinct());
        Assert.Contains(line.CallerEnd.Actions, a => a.Action is Hangup);
        Assert.Contains(line.AnswererEnd.Actions, a => a.Action is Hangup);
    }

    [Fact]
    public void Caller_sends_75ms_silence_then_long_train_tcf_for_1_5s_after_dcs_and_pages_with_short_train()
    {
        var line = Fax.Line(Fax.Document(1)).Run();
        var actions = line.CallerEnd.Actions.Select(a => a.Action).ToList();
        var dcs = actions.FindIndex(a => a is SendFrames s && s.Frames.Any(f => f.Fcf == FacsimileControlField.DCS));
        var silence = Assert.IsType<SendSilence>(actions[dcs + 1]);
        var tcf = Assert.IsType<SendTraining>(actions[dcs + 2]);
        Assert.Equal(TimeSpan.FromMilliseconds(75), silence.Duration);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), tcf.Duration);
        Assert.Equal(145, tcf.Modulation.Class1Code);
        Assert.Equal(2700, tcf.OctetCount);
        var image = actions.OfType<SendImage>().Single();
        Assert.Equal(146, image.Modulation.Class1Code);
        var receive = line.AnswererEnd.Actions.Select(a => a.Action).OfType<ReceiveImage>().Single();
        Assert.Equal(146, receive.Modulation.Class1Code);
    }

    [Fact]
    public void Three_page_fax_uses_mps_between_pages_and_eop_after_the_last()
    {
        var line = Fax.Line(Fax.Document(3)).Run();

        AssertBothSucceeded(line, 3);
        var postPage = line.CallerEnd.SentFrames
            .Where(f => f.Fcf is FacsimileControlField.MPS or FacsimileControlField.EOM or FacsimileControlField.EOP)
            .Select(f => f.Fcf);
        Assert.Equal([FacsimileControlField.MPS, FacsimileControlField.MPS, FacsimileControlField.EOP], postPage);
        Assert.Equal(1, line.CallerEnd.Count(FacsimileControlField.DCS));
        Assert.Equal([1, 2, 3], line.AnswererEnd.Pages.Select(p => p.Result.PageNumber));
        Assert.Equal([Fax.PageData(1), Fax.PageData(2), Fax.PageData(3)], line.AnswererEnd.Pages.Select(p => p.Data.ToArray()));
        Assert.Equal([1, 2, 3], line.CallerEnd.Pages.Select(p => p.Result.PageNumber));
    }

    [Fact]
    public void A_change_of_resolution_between_pages_uses_eom_and_a_new_phase_b()
    {
        var document = new StaticPageSource(
        [
            (new PageFormat(Resolution.Fine), Fax.PageData(1)),
            (new PageFormat(Resolution.Standard), Fax.PageData(2)),
        ]);
        var line = Fax.Line(document).Run();

        AssertBothSucceeded(line, 2);
        Assert.Equal(1, line.CallerEnd.Count(FacsimileControlField.EOM));
        Assert.Equal(2, line.AnswererEnd.Count(FacsimileControlField.DIS));
        Assert.Equal([Resolution.Fine, Resolution.Standard], line.CallerEnd.SentDcs.Select(d => d.Resolution));
        Assert.Equal([Resolution.Fine, Resolution.Standard], line.AnswererEnd.Pages.Select(p => p.Result.Resolution));
    }

    [Fact]
    public void Failed_tcf_makes_the_caller_fall_back_until_training_succeeds()
    {
        var line = Fax.Line(Fax.Document(1));
        line.Training = m => m.BitRate > 9600 ? new TrainingResult(TimeSpan.FromMilliseconds(1500), TimeSpan.FromMilliseconds(300), 0.4) : TrainingResult.Clean;
        line.Run();

        AssertBothSucceeded(line, 1);
        Assert.Equal([14400, 12000, 9600], line.CallerEnd.SentDcs.Select(d => d.Rate.BitRate));
        Assert.Equal(2, line.AnswererEnd.Count(FacsimileControlField.FTT));
        Assert.Equal(SignallingRate.V17_9600, line.CallerEnd.Result!.Parameters!.Rate);
        Assert.Equal(9600, line.AnswererEnd.Pages.Single().Result.BitRate);
    }

    [Fact]
    public void Training_that_never_succeeds_walks_the_whole_fallback_sequence_then_fails_at_2400()
    {
        var line = Fax.Line(Fax.Document(1));
        line.Training = _ => TrainingResult.NoCarrier;
        line.Run();

        var result = line.CallerEnd.Result!;
        Assert.Same(T30Error.TrainingFailure, result.Error);
        Assert.Equal("Failure to train at 2400 bit/s", result.Detail);
        Assert.Equal(
            [14400, 12000, 9600, 7200, 9600, 7200, 4800, 2400, 2400, 2400],
            line.CallerEnd.SentDcs.Select(d => d.Rate.BitRate));
        Assert.Equal(FacsimileControlField.DCN, line.CallerEnd.SentFrames.Last().Fcf);
        Assert.Same(T30Error.RemoteDisconnectPhaseB, line.AnswererEnd.Result!.Error);
    }

    [Fact]
    public void Rtn_makes_the_caller_retrain_one_step_lower_and_send_the_page_again()
    {
        var line = Fax.Line(Fax.Document(2));
        line.ImageQuality = n => n == 1 ? new PageQuality(1100, 200, 40) : PageQuality.Perfect(1100);
        line.Run();

        AssertBothSucceeded(line, 2);
        Assert.Equal(1, line.AnswererEnd.Count(FacsimileControlField.RTN));
        Assert.Equal([14400, 12000], line.CallerEnd.SentDcs.Select(d => d.Rate.BitRate));
        Assert.Equal(3, line.CallerEnd.Actions.Count(a => a.Action is SendImage));

        var callerPages = line.CallerEnd.Pages.Select(p => p.Result).ToList();
        Assert.Equal([1, 2], callerPages.Select(p => p.PageNumber));
        Assert.Equal(1, callerPages[0].Retries);
        Assert.Equal(12000, callerPages[0].BitRate);

        var answererPages = line.AnswererEnd.Pages.Select(p => p.Result).ToList();
        Assert.Equal([PageOutcome.Rejected, PageOutcome.Confirmed, PageOutcome.Confirmed], answererPages.Select(p => p.Outcome));
        Assert.Equal([1, 1, 2], answererPages.Select(p => p.PageNumber));
        Assert.Equal(200, answererPages[0].BadRows);
        Assert.Equal(1, answererPages[1].Retries);
    }

    [Fact]
    public void Rtp_confirms_the_page_and_the_caller_retrains_before_the_next_one()
    {
        var line = Fax.Line(Fax.Document(2));
        line.ImageQuality = n => n == 1 ? new PageQuality(1100, 66, 3) : PageQuality.Perfect(1100);
        line.Run();

        AssertBothSucceeded(line, 2);
        Assert.Equal(1, line.AnswererEnd.Count(FacsimileControlField.RTP));
        Assert.Equal(2, line.CallerEnd.Count(FacsimileControlField.DCS));
        Assert.Equal(2, line.CallerEnd.Actions.Count(a => a.Action is SendImage));
        Assert.Equal(PageOutcome.ConfirmedRetrain, line.CallerEnd.Pages[0].Result.Outcome);
    }

    [Fact]
    public void A_page_rejected_every_time_fails_after_the_configured_retransmissions()
    {
        var line = Fax.Line(Fax.Document(1), Fax.CallerOptions() with { MaxPageRetransmissions = 2 });
        line.ImageQuality = _ => new PageQuality(1100, 500, 100);
        line.Run();

        var result = line.CallerEnd.Result!;
        Assert.Same(T30Error.PageRejected, result.Error);
        Assert.Equal(3, line.CallerEnd.Actions.Count(a => a.Action is SendImage));
        Assert.Equal(PageOutcome.Rejected, line.CallerEnd.Pages.Single().Result.Outcome);
        Assert.Equal(0, result.PagesTransferred);
    }

    [Fact]
    public void A_lost_mcf_makes_the_caller_repeat_mps_and_the_answerer_repeat_mcf_without_duplicating_the_page()
    {
        var line = Fax.Line(Fax.Document(2));
        var dropped = 0;
        line.Deliver = (side, frame) => !(side == LineSide.Answerer && frame.Fcf == FacsimileControlField.MCF && dropped++ == 0);
        line.Run();

        AssertBothSucceeded(line, 2);
        Assert.Equal(2, line.CallerEnd.Count(FacsimileControlField.MPS));
        Assert.Equal(3, line.AnswererEnd.Count(FacsimileControlField.MCF));
        Assert.Equal(2, line.AnswererEnd.Pages.Count);
        Assert.Contains(line.CallerEnd.Actions, a => a.Action is StartTimer { Timer: T30Timer.T4 });
    }

    [Fact]
    public void A_lost_mcf_after_eop_is_recovered_by_repeating_eop()
    {
        var line = Fax.Line(Fax.Document(1));
        var dropped = 0;
        line.Deliver = (side, frame) => !(side == LineSide.Answerer && frame.Fcf == FacsimileControlField.MCF && dropped++ == 0);
        line.Run();

        AssertBothSucceeded(line, 1);
        Assert.Equal(2, line.CallerEnd.Count(FacsimileControlField.EOP));
        Assert.Single(line.AnswererEnd.Pages);
    }

    [Fact]
    public void No_response_to_the_post_page_command_is_repeated_three_times_then_fails()
    {
        var line = Fax.Line(Fax.Document(1));
        line.Deliver = (side, frame) => !(side == LineSide.Answerer && frame.Fcf == FacsimileControlField.MCF);
        line.Run();

        Assert.Same(T30Error.NoResponseToPostPage, line.CallerEnd.Result!.Error);
        Assert.Equal(3, line.CallerEnd.Count(FacsimileControlField.EOP));
        Assert.Equal(FacsimileControlField.DCN, line.CallerEnd.SentFrames.Last().Fcf);
    }

    [Fact]
    public void A_lost_cfr_makes_the_caller_send_dcs_and_tcf_again()
    {
        var line = Fax.Line(Fax.Document(1));
        var dropped = 0;
        line.Deliver = (side, frame) => !(frame.Fcf == FacsimileControlField.CFR && dropped++ == 0);
        line.Run();

        AssertBothSucceeded(line, 1);
        Assert.Equal(2, line.CallerEnd.Count(FacsimileControlField.DCS));
        Assert.Equal([14400, 14400], line.CallerEnd.SentDcs.Select(d => d.Rate.BitRate));
    }

    [Fact]
    public void A_garbled_post_page_command_is_answered_with_crp_and_the_caller_repeats_it()
    {
        var line = Fax.Line(Fax.Document(1));
        var garbled = 0;
        line.Deliver = (side, frame) => !(side == LineSide.Caller && frame.Fcf == FacsimileControlField.EOP && garbled++ == 0);
        line.Run();

        AssertBothSucceeded(line, 1);
        Assert.Equal(1, line.AnswererEnd.Count(FacsimileControlField.CRP));
        Assert.Equal(2, line.CallerEnd.Count(FacsimileControlField.EOP));
    }

    [Fact]
    public void Remote_offering_only_v27ter_receives_at_4800()
    {
        var line = Fax.Line(Fax.Document(1), answerer: Fax.AnswererOptions(new T30Capabilities { Modems = ModemType.V27ter })).Run();

        AssertBothSucceeded(line, 1);
        Assert.Equal(SignallingRate.V27ter_4800, line.CallerEnd.SentDcs.Single().Rate);
        Assert.Equal(48, line.CallerEnd.Actions.Select(a => a.Action).OfType<SendImage>().Single().Modulation.Class1Code);
    }

    [Fact]
    public void A_lost_dcs_makes_the_answerer_repeat_dis_and_the_caller_send_dcs_again()
    {
        var line = Fax.Line(Fax.Document(1));
        var dropped = 0;
        line.Deliver = (side, frame) => !(frame.Fcf == FacsimileControlField.DCS && dropped++ == 0);
        line.Run();

        AssertBothSucceeded(line, 1);
        Assert.Equal(2, line.AnswererEnd.Count(FacsimileControlField.DIS));
        Assert.Equal(2, line.CallerEnd.Count(FacsimileControlField.DCS));
    }

    [Fact]
    public void No_answer_to_dcs_is_tried_three_times_then_fails()
    {
        var line = Fax.Line(Fax.Document(1));
        line.Deliver = (side, frame) => !(side == LineSide.Answerer && frame.Fcf is FacsimileControlField.CFR or FacsimileControlField.FTT);
        line.Run();

        Assert.Same(T30Error.NoResponseToDcs, line.CallerEnd.Result!.Error);
        Assert.Equal(3, line.CallerEnd.Count(FacsimileControlField.DCS));
    }

    [Fact]
    public void A_page_that_never_arrived_is_answered_with_rtn_and_sent_again()
    {
        var line = Fax.Line(Fax.Document(1));
        line.DeliverImage = n => n != 1;
        line.Run();

        AssertBothSucceeded(line, 1);
        Assert.Equal(1, line.AnswererEnd.Count(FacsimileControlField.RTN));
        Assert.Equal([PageOutcome.Rejected, PageOutcome.Confirmed], line.AnswererEnd.Pages.Select(p => p.Result.Outcome));
        Assert.Equal(Fax.PageData(1), line.AnswererEnd.Pages[1].Data.ToArray());
    }

    [Fact]
    public void Answerer_sends_nsf_before_csi_and_dis_when_configured()
    {
        var answerer = Fax.AnswererOptions() with { NonStandardFacilities = [0xB5, 0x00, 0x26, 0x01] };
        var line = Fax.Line(Fax.Document(1), answerer: answerer).Run();

        AssertBothSucceeded(line, 1);
        Assert.Equal(
            [FacsimileControlField.NSF, FacsimileControlField.CSI, FacsimileControlField.DIS],
            line.AnswererEnd.SentFrames.Take(3).Select(f => f.Fcf));
        Assert.Contains(line.CallerEnd.Progress, p => p.Message == "NSF received");
    }
}
