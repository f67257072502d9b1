using Groupus.Fax.T30;

namespace Groupus.FaxGateway.Tests.T30;

public class CapabilityNegotiationTests
{
    private static readonly T30Capabilities Local = new() { Superfine = true, ErrorCorrection = true, T6Coding = true };

    private static DigitalCommandSignal Negotiate(DigitalIdentificationSignal remote, PageFormat? page = null, T30Capabilities? local = null)
    {
        var outcome = CapabilityNegotiator.Negotiate(local ?? Local, remote, page ?? new PageFormat());
        Assert.True(outcome.Success, outcome.Error?.Text);
        return outcome.Parameters!;
    }

    [Fact]
    public void Remote_offering_only_v27ter_gets_4800()
    {
        var dcs = Negotiate(new DigitalIdentificationSignal { Modems = ModemType.V27ter });
        Assert.Equal(SignallingRate.V27ter_4800, dcs.Rate);
    }

    [Fact]
    public void Remote_in_v27ter_fallback_mode_gets_2400()
    {
        var dcs = Negotiate(DigitalIdentificationSignal.Decode([0x00, 0x02, 0x00]));
        Assert.Equal(SignallingRate.V27ter_2400, dcs.Rate);
    }

    [Fact]
    public void Remote_with_v29_gets_9600_v29_and_remote_with_v17_gets_14400()
    {
        Assert.Equal(SignallingRate.V29_9600, Negotiate(new DigitalIdentificationSignal { Modems = ModemType.V27ter | ModemType.V29 }).Rate);
        Assert.Equal(SignallingRate.V17_14400, Negotiate(new DigitalIdentificationSignal { Modems = ModemType.All }).Rate);
    }

    [Fact]
    public void Local_rate_cap_limits_the_choice()
    {
        var dcs = Negotiate(new DigitalIdentificationSignal { Modems = ModemType.All }, local: Local with { MaxBitRate = 9600 });
        Assert.Equal(SignallingRate.V17_9600, dcs.Rate);
    }

    [Fact]
    public void Best_common_coding_is_t6_with_ecm_else_mr_else_mh()
    {
        Assert.Equal(ImageCoding.MMR, Negotiate(new DigitalIdentificationSignal { ErrorCorrection = true, T6Coding = true, TwoDimensionalCoding = true }).Coding);
        Assert.Equal(ImageCoding.MR, Negotiate(new DigitalIdentificationSignal { ErrorCorrection = false, T6Coding = true, TwoDimensionalCoding = true }).Coding);
        Assert.Equal(ImageCoding.MH, Negotiate(new DigitalIdentificationSignal()).Coding);
    }

    [Fact]
    public void Ecm_is_used_only_when_both_ends_have_it_and_then_the_scan_time_is_zero()
    {
        var ecm = Negotiate(new DigitalIdentificationSignal { ErrorCorrection = true, MinScanLineTimeCode = ScanLineTime.EncodeDis(20, false) });
        Assert.True(ecm.ErrorCorrection);
        Assert.Equal(0, ecm.MinScanLineTimeMs);
        var plain = Negotiate(new DigitalIdentificationSignal { ErrorCorrection = true }, local: Local with { ErrorCorrection = false });
        Assert.False(plain.ErrorCorrection);
    }

    [Fact]
    public void Resolution_is_lowered_to_what_the_remote_accepts()
    {
        Assert.Equal(Resolution.Superfine, Negotiate(new DigitalIdentificationSignal { Fine = true, Superfine = true }, new PageFormat(Resolution.Superfine)).Resolution);
        Assert.Equal(Resolution.Fine, Negotiate(new DigitalIdentificationSignal { Fine = true }, new PageFormat(Resolution.Superfine)).Resolution);
        Assert.Equal(Resolution.Standard, Negotiate(new DigitalIdentificationSignal(), new PageFormat(Resolution.Fine)).Resolution);
    }

    [Fact]
    public void Minimum_scan_time_follows_the_half_rule_at_fine()
    {
        var remote = new DigitalIdentificationSignal { Fine = true, MinScanLineTimeCode = ScanLineTime.EncodeDis(20, halfAtFine: true) };
        var local = Local with { ErrorCorrection = false };
        Assert.Equal(10, Negotiate(remote, new PageFormat(Resolution.Fine), local).MinScanLineTimeMs);
        Assert.Equal(20, Negotiate(remote, new PageFormat(Resolution.Standard), local).MinScanLineTimeMs);
        var noHalf = remote with { MinScanLineTimeCode = ScanLineTime.EncodeDis(20, halfAtFine: false) };
        Assert.Equal(20, Negotiate(noHalf, new PageFormat(Resolution.Fine), local).MinScanLineTimeMs);
    }

    [Fact]
    public void Width_and_length_do_not_exceed_the_remote()
    {
        var dcs = Negotiate(new DigitalIdentificationSignal { MaxWidth = PageWidth.B4, MaxLength = PageLength.A4 }, new PageFormat(Resolution.Fine, PageWidth.A3, PageLength.Unlimited), Local with { MaxWidth = PageWidth.A3 });
        Assert.Equal(PageWidth.B4, dcs.Width);
        Assert.Equal(PageLength.A4, dcs.Length);
    }

    [Fact]
    public void Remote_that_cannot_receive_is_incompatible()
    {
        var outcome = CapabilityNegotiator.Negotiate(Local, new DigitalIdentificationSignal { CanReceive = false, ReadyToTransmit = true }, new PageFormat());
        Assert.Same(T30Error.RemoteCannotReceive, outcome.Error);
    }

    [Fact]
    public void No_common_modem_is_incompatible()
    {
        var outcome = CapabilityNegotiator.Negotiate(Local with { Modems = ModemType.V17 }, new DigitalIdentificationSignal { Modems = ModemType.V27ter }, new PageFormat());
        Assert.Same(T30Error.NoCommonModulation, outcome.Error);
    }
}
