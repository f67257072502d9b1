using Groupus.Fax.T30;

namespace Groupus.FaxGateway.Tests.T30;

public class EcmSessionTests
{
    private static SimulatedLine EcmLine(IPageSource document, int frameSize = 256, T30Options? caller = null, T30Options? answerer = null) =>
        Fax.Line(document, caller ?? Fax.CallerOptions(Fax.Ecm(frameSize)), answerer ?? Fax.AnswererOptions(Fax.Ecm()));

    private static IReadOnlyList<int> FrameNumbers(SendEcmFrames burst) =>
        burst.Frames.Where(f => f.Fcf == FacsimileControlField.FCD).Select(f => (int)f.Fif[0]).ToList();

    [Fact]
    public void Ecm_page_is_sent_as_fcd_frames_ended_by_three_rcp_and_pps_eop()
    {
        var line = EcmLine(Fax.Document(1, length: 1000)).Run();

        Assert.True(line.CallerEnd.Result!.Success, line.CallerEnd.Result.Detail);
        Assert.True(line.AnswererEnd.Result!.Success, line.AnswererEnd.Result.Detail);
        var burst = line.CallerEnd.EcmBursts.Single();
        Assert.Equal([0, 1, 2, 3], FrameNumbers(burst));
        Assert.Equal(3, burst.Frames.Count(f => f.Fcf == FacsimileControlField.RCP));
        Assert.Equal(257, burst.Frames[0].Fif.Count);
        Assert.Equal(1 + 1000 - 768, burst.Frames[3].Fif.Count);

        var pps = PartialPageSignal.Decode(line.CallerEnd.SentFrames.Single(f => f.Fcf == FacsimileControlField.PPS).FifSpan)!;
        Assert.Equal(new PartialPageSignal(FacsimileControlField.EOP, 0, 0, 4), pps);

        var page = line.AnswererEnd.Pages.Single();
        Assert.True(page.Result.ErrorCorrection);
        Assert.Equal(ImageCoding.MMR, page.Result.Coding);
        Assert.Equal(Fax.PageData(1, 1000), page.Data.ToArray());
        Assert.Equal(0, line.CallerEnd.SentDcs.Single().MinScanLineTimeMs);
    }

    [Fact]
    public void Lost_ecm_frames_are_requested_with_ppr_and_only_those_are_sent_again()
    {
        var line = EcmLine(Fax.Document(2, length: 3000));
        var seen = new HashSet<int>();
        line.Deliver = (_, f) => !(f.Fcf == FacsimileControlField.FCD && f.Fif[0] is 3 or 7 && seen.Add(f.Fif[0]));
        line.Run();

        Assert.True(line.CallerEnd.Result!.Success, line.CallerEnd.Result.Detail);
        Assert.True(line.AnswererEnd.Result!.Success, line.AnswererEnd.Result.Detail);
        var ppr = line.AnswererEnd.SentFrames.Single(f => f.Fcf == FacsimileControlField.PPR);
        Assert.Equal([3, 7], PartialPageRequestMap.Decode(ppr.FifSpan).Frames());
        var bursts = line.CallerEnd.EcmBursts.ToList();
        Assert.Equal(3, bursts.Count);
        Assert.Equal(12, FrameNumbers(bursts[0]).Count);
        Assert.Equal([3, 7], FrameNumbers(bursts[1]));
        Assert.Equal(12, FrameNumbers(bursts[2]).Count);
        Assert.Equal([Fax.PageData(1, 3000), Fax.PageData(2, 3000)], line.AnswererEnd.Pages.Select(p => p.Data.ToArray()));
        var commands = line.CallerEnd.SentFrames.Where(f => f.Fcf == FacsimileControlField.PPS).Select(f => PartialPageSignal.Decode(f.FifSpan)!.PostPageCommand);
        Assert.Equal([FacsimileControlField.MPS, FacsimileControlField.MPS, FacsimileControlField.EOP], commands);
    }

    [Fact]
    public void Both_ends_count_the_pprs_of_a_page_and_the_frames_they_asked_for_again()
    {
        var line = EcmLine(Fax.Document(2, length: 3000));
        var losses = new Dictionary<int, int> { [3] = 1, [7] = 2 };
        line.Deliver = (_, f) => !(f.Fcf == FacsimileControlField.FCD && losses.TryGetValue(f.Fif[0], out var left) && left > 0 && (losses[f.Fif[0]] = left - 1) >= 0);
        line.Run();

        Assert.True(line.CallerEnd.Result!.Success, line.CallerEnd.Result.Detail);
        foreach (var pages in new[] { line.CallerEnd.Result.Pages, line.AnswererEnd.Result!.Pages })
        {
            Assert.Equal([2, 0], pages.Select(p => p.PartialPageRequests));
            Assert.Equal([3, 0], pages.Select(p => p.FramesRequestedAgain));
        }
    }

    [Fact]
    public void A_page_longer_than_256_frames_is_sent_as_several_partial_pages_with_pps_null()
    {
        var line = EcmLine(Fax.Document(1, length: 300 * 64), frameSize: 64).Run();

        Assert.True(line.AnswererEnd.Result!.Success, line.AnswererEnd.Result.Detail);
        var pps = line.CallerEnd.SentFrames.Where(f => f.Fcf == FacsimileControlField.PPS).Select(f => PartialPageSignal.Decode(f.FifSpan)!).ToList();
        Assert.Equal([new PartialPageSignal(null, 0, 0, 256), new PartialPageSignal(FacsimileControlField.EOP, 0, 1, 44)], pps);
        Assert.Equal(64, line.CallerEnd.SentDcs.Single().EcmFrameSize);
        Assert.Equal(Fax.PageData(1, 300 * 64), line.AnswererEnd.Pages.Single().Data.ToArray());
    }

    [Fact]
    public void After_four_pprs_the_caller_sends_ctc_at_a_lower_rate_then_eor_and_the_page_ends_incomplete()
    {
        var line = EcmLine(Fax.Document(1, length: 2000));
        line.Deliver = (_, f) => !(f.Fcf == FacsimileControlField.FCD && f.Fif[0] == 5);
        line.Run();

        var caller = line.CallerEnd;
        Assert.Equal(8, line.AnswererEnd.Count(FacsimileControlField.PPR));
        Assert.Equal(1, caller.Count(FacsimileControlField.CTC));
        Assert.Equal(1, line.AnswererEnd.Count(FacsimileControlField.CTR));
        Assert.Equal(1, caller.Count(FacsimileControlField.EOR));
        Assert.Equal(1, line.AnswererEnd.Count(FacsimileControlField.ERR));

        var ctc = caller.SentFrames.Single(f => f.Fcf == FacsimileControlField.CTC);
        Assert.Equal(0x28, ctc.Fif[1] & 0x3C);
        var afterCtc = caller.EcmBursts.Skip(4).First();
        Assert.Equal(121, afterCtc.Modulation.Class1Code);

        Assert.Same(T30Error.EcmTooManyPpr, caller.Result!.Error);
        Assert.Equal(PageOutcome.Incomplete, caller.Pages.Single().Result.Outcome);
        Assert.Equal(PageOutcome.Incomplete, line.AnswererEnd.Pages.Single().Result.Outcome);
        Assert.Equal(FacsimileControlField.DCN, caller.SentFrames.Last().Fcf);
    }

    [Fact]
    public void A_busy_receiver_answers_rnr_and_the_caller_polls_with_rr_until_it_is_ready()
    {
        var line = EcmLine(Fax.Document(1, length: 1000));
        line.InjectAt(TimeSpan.Zero, LineSide.Answerer, new ReceiverBusyChanged(true));
        line.InjectAt(TimeSpan.FromSeconds(20), LineSide.Answerer, new ReceiverBusyChanged(false));
        line.Run();

        Assert.True(line.CallerEnd.Result!.Success, line.CallerEnd.Result.Detail);
        Assert.True(line.AnswererEnd.Result!.Success, line.AnswererEnd.Result.Detail);
        var rnr = line.AnswererEnd.Count(FacsimileControlField.RNR);
        Assert.True(rnr >= 2, $"expected several RNR, saw {rnr}");
        Assert.Equal(rnr, line.CallerEnd.Count(FacsimileControlField.RR));
        Assert.Contains(line.CallerEnd.Actions, a => a.Action is StartTimer { Timer: T30Timer.T5 });
        Assert.Contains(line.CallerEnd.Actions, a => a.Action is StopTimer { Timer: T30Timer.T5 });
        Assert.Equal(Fax.PageData(1, 1000), line.AnswererEnd.Pages.Single().Data.ToArray());
    }

    [Fact]
    public void A_receiver_busy_for_longer_than_t5_ends_the_session()
    {
        var caller = Fax.CallerOptions(Fax.Ecm()) with { Timers = new T30TimerSettings { T5 = TimeSpan.FromSeconds(15) } };
        var line = EcmLine(Fax.Document(1, length: 1000), caller: caller);
        line.InjectAt(TimeSpan.Zero, LineSide.Answerer, new ReceiverBusyChanged(true));
        line.Run();

        Assert.Same(T30Error.EcmReceiverNotReady, line.CallerEnd.Result!.Error);
        Assert.Same(T30Error.RemoteDisconnectPhaseD, line.AnswererEnd.Result!.Error);
    }

    [Fact]
    public void A_lost_mcf_to_pps_is_recovered_by_repeating_pps_without_duplicating_data()
    {
        var line = EcmLine(Fax.Document(2, length: 1000));
        var dropped = 0;
        line.Deliver = (side, f) => !(side == LineSide.Answerer && f.Fcf == FacsimileControlField.MCF && dropped++ == 0);
        line.Run();

        Assert.True(line.AnswererEnd.Result!.Success, line.AnswererEnd.Result.Detail);
        Assert.Equal(3, line.CallerEnd.Count(FacsimileControlField.PPS));
        Assert.Equal([Fax.PageData(1, 1000), Fax.PageData(2, 1000)], line.AnswererEnd.Pages.Select(p => p.Data.ToArray()));
    }

    [Fact]
    public void Ecm_pages_with_different_resolutions_use_pps_eom_and_a_new_phase_b()
    {
        var document = new StaticPageSource(
        [
            (new PageFormat(Resolution.Fine), Fax.PageData(1, 900)),
            (new PageFormat(Resolution.Standard), Fax.PageData(2, 900)),
        ]);
        var line = EcmLine(document).Run();

        Assert.True(line.CallerEnd.Result!.Success, line.CallerEnd.Result.Detail);
        Assert.True(line.AnswererEnd.Result!.Success, line.AnswererEnd.Result.Detail);
        var commands = line.CallerEnd.SentFrames.Where(f => f.Fcf == FacsimileControlField.PPS).Select(f => PartialPageSignal.Decode(f.FifSpan)!);
        Assert.Equal(
            [new PartialPageSignal(FacsimileControlField.EOM, 0, 0, 4), new PartialPageSignal(FacsimileControlField.EOP, 1, 0, 4)],
            commands);
        Assert.Equal(2, line.AnswererEnd.Count(FacsimileControlField.DIS));
        Assert.Equal([Resolution.Fine, Resolution.Standard], line.AnswererEnd.Pages.Select(p => p.Result.Resolution));
        Assert.Equal([Fax.PageData(1, 900), Fax.PageData(2, 900)], line.AnswererEnd.Pages.Select(p => p.Data.ToArray()));
    }

    [Fact]
    public void A_whole_lost_burst_is_requested_again_in_full()
    {
        var line = EcmLine(Fax.Document(1, length: 1000));
        // The first burst is four FCD frames and three RCP: lose all seven.
        var lost = 0;
        line.Deliver = (_, f) => !(f.Fcf is FacsimileControlField.FCD or FacsimileControlField.RCP && lost++ < 7);
        line.Run();

        Assert.True(line.AnswererEnd.Result!.Success, line.AnswererEnd.Result.Detail);
        var ppr = line.AnswererEnd.SentFrames.Single(f => f.Fcf == FacsimileControlField.PPR);
        Assert.Equal([0, 1, 2, 3], PartialPageRequestMap.Decode(ppr.FifSpan).Frames());
        Assert.Equal(Fax.PageData(1, 1000), line.AnswererEnd.Pages.Single().Data.ToArray());
    }
}
