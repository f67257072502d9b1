using Groupus.Fax.T30;

namespace Groupus.FaxGateway.Tests.T30;

public class ProtocolValueTests
{
    [Fact]
    public void Error_codes_are_published_and_must_not_change()
    {
        var published = new Dictionary<int, string>
        {
            [0] = "Success",
            [10] = "NoAnswerT1",
            [11] = "NoCallerResponseT1",
            [12] = "NoResponseToDcs",
            [13] = "TrainingFailure",
            [14] = "RemoteCannotReceive",
            [15] = "NoCommonModulation",
            [16] = "RemoteDisconnectPhaseB",
            [17] = "UnsupportedDcs",
            [20] = "PageRejected",
            [21] = "NoResponseToPostPage",
            [22] = "RemoteDisconnectPhaseC",
            [23] = "RemoteDisconnectPhaseD",
            [25] = "NoCommandT2",
            [30] = "EcmTooManyPpr",
            [31] = "EcmReceiverNotReady",
            [40] = "LineDropped",
            [41] = "LocalAbort",
            [42] = "NothingToSend",
        };
        foreach (var (code, name) in published)
        {
            Assert.Equal(name, T30Error.FromCode(code)?.Name);
        }

        Assert.Equal(T30Error.All.Count, T30Error.All.Select(e => e.Code).Distinct().Count());
        Assert.All(T30Error.All, e => Assert.False(string.IsNullOrWhiteSpace(e.Text)));
    }

    [Fact]
    public void Pps_fif_carries_the_command_page_block_and_frame_count_minus_one()
    {
        var pps = new PartialPageSignal(FacsimileControlField.EOP, 2, 1, 256);
        Assert.Equal(new byte[] { 0x2F, 0x02, 0x01, 0xFF }, pps.Encode(xBit: true));
        Assert.Equal(pps, PartialPageSignal.Decode(pps.Encode(xBit: true)));
        Assert.Equal(new byte[] { 0x00, 0x00, 0x00, 0x00 }, new PartialPageSignal(null, 0, 0, 1).Encode(xBit: true));
    }

    [Fact]
    public void Ppr_map_sets_bit_n_for_frame_n_least_significant_bit_first()
    {
        var map = new PartialPageRequestMap([0, 3, 9, 255]);
        var fif = map.Encode();
        Assert.Equal(32, fif.Length);
        Assert.Equal(0x09, fif[0]);
        Assert.Equal(0x02, fif[1]);
        Assert.Equal(0x80, fif[31]);
        Assert.Equal([0, 3, 9, 255], PartialPageRequestMap.Decode(fif).Frames());
    }

    [Theory]
    [InlineData(1000, 0, 0, FacsimileControlField.MCF)]
    [InlineData(1000, 40, 2, FacsimileControlField.MCF)]
    [InlineData(1000, 60, 2, FacsimileControlField.RTP)]
    [InlineData(1000, 100, 2, FacsimileControlField.RTN)]
    [InlineData(1000, 8, 8, FacsimileControlField.RTN)]
    public void Copy_quality_decides_mcf_rtp_or_rtn_at_standard_resolution(int rows, int bad, int run, FacsimileControlField expected)
    {
        Assert.Equal(expected, new CopyQualityCriteria().Decide(new PageQuality(rows, bad, run), Resolution.Standard));
    }

    [Fact]
    public void Copy_quality_allows_longer_bad_runs_at_finer_resolutions()
    {
        var quality = new PageQuality(2000, 8, 8);
        var criteria = new CopyQualityCriteria();
        Assert.Equal(FacsimileControlField.RTN, criteria.Decide(quality, Resolution.Standard));
        Assert.Equal(FacsimileControlField.MCF, criteria.Decide(quality, Resolution.Fine));
    }

    [Fact]
    public void Training_criterion_is_configurable()
    {
        var result = new TrainingResult(TimeSpan.FromMilliseconds(1500), TimeSpan.FromMilliseconds(800), 0.05);
        Assert.False(new TrainingCriteria().IsGood(result));
        Assert.True(new TrainingCriteria { MinimumZeroRun = TimeSpan.FromMilliseconds(750) }.IsGood(result));
    }

    [Fact]
    public void Timer_defaults_are_the_t30_nominal_values()
    {
        var timers = new T30TimerSettings();
        Assert.Equal(TimeSpan.FromSeconds(35), timers.Get(T30Timer.T1));
        Assert.Equal(TimeSpan.FromSeconds(6), timers.Get(T30Timer.T2));
        Assert.Equal(TimeSpan.FromSeconds(3), timers.Get(T30Timer.T4));
        Assert.Equal(TimeSpan.FromSeconds(60), timers.Get(T30Timer.T5));
    }
}
