using Groupus.Fax.T30;
using Groupus.Fax.T30.Calls;
using Groupus.Fax.T38.Terminal;
using Groupus.TestSupport.FaxPeers;

namespace Groupus.Fax.T38.Tests.Terminal;

/// <summary>Two of our terminals back to back over an in-memory IFP line: the terminal on its own, and what it puts in IFPs.</summary>
public sealed class TerminalToTerminalTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Theory]
    [InlineData(false, TcfRateManagement.TransferredTcf)]
    [InlineData(true, TcfRateManagement.TransferredTcf)]
    [InlineData(false, TcfRateManagement.LocalTcf)]
    public async Task Pages_sent_by_one_terminal_are_received_pixel_identical_by_the_other(bool ecm, TcfRateManagement rateManagement)
    {
        var line = new InMemoryIfpLine();
        var options = Options(ecm) with { RateManagement = rateManagement };
        var pages = TestPages.Make(2, fine: true);
        using var cancellation = new CancellationTokenSource(Patience);

        var receiving = new T38Terminal().ReceiveAsync(options, line.B, cancellation.Token);
        var sent = await new T38Terminal().SendAsync(pages, options, line.A, cancellation.Token);
        var received = await receiving;

        Assert.Equal(FaxCallOutcome.Success, sent.Call.Outcome);
        Assert.Equal(FaxCallOutcome.Success, received.Call.Outcome);
        Assert.Equal(T30Phase.E, sent.Call.PhaseReached);
        Assert.Equal(2, received.ReceivedPages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Empty(PageComparison.DifferingRows(pages[i], received.ReceivedPages[i]));
        }
    }

    [Fact]
    public async Task Hdlc_goes_out_bit_reversed_with_a_data_less_field_only_at_the_end_of_an_ifp()
    {
        var line = new InMemoryIfpLine(maximumFieldOctets: 10);
        using var cancellation = new CancellationTokenSource(Patience);
        var receiving = new T38Terminal().ReceiveAsync(Options(ecm: true), line.B, cancellation.Token);
        await new T38Terminal().SendAsync(TestPages.Make(1, fine: false), Options(ecm: true) with { LocalIdentity = "+44 20 7946 0000" }, line.A, cancellation.Token);
        await receiving;

        var data = line.A.Sent.OfType<IfpData>().ToList();
        var v21 = data.Where(packet => packet.DataType == T30DataType.V21).ToList();
        // The first V.21 frame the caller sends (TSI, not final): address 0xFF and control 0x03 reversed (0xC0); the
        // final one (DCS) carries control 0x13 reversed, 0xC8, as tshark's T.30 dissector reads it.
        Assert.Equal([0xFF, 0xC0], v21[0].Fields[0].Data[..2].ToArray());
        Assert.Contains(v21, packet => packet.Fields[0].Data.Length >= 2 && packet.Fields[0].Data.Span[1] == 0xC8);
        Assert.All(data, packet => Assert.All(packet.Fields.SkipLast(1), field => Assert.False(field.Data.IsEmpty)));
        Assert.All(data, packet => Assert.All(packet.Fields, field => Assert.InRange(field.Data.Length, 0, 10)));
        Assert.Contains(data, packet => packet.DataType == T30DataType.V17_14400 && packet.Fields[0].Type == T38FieldType.HdlcData);
    }

    [Fact]
    public async Task A_far_end_that_goes_away_mid_call_ends_the_call_as_a_dropped_line_not_a_success()
    {
        var line = new InMemoryIfpLine();
        using var cancellation = new CancellationTokenSource(Patience);
        var sending = new T38Terminal().SendAsync(TestPages.Make(1, fine: false), Options(ecm: false), line.A, cancellation.Token);
        line.Close();

        var result = await sending;

        Assert.Equal(FaxCallOutcome.ProtocolFailure, result.Call.Outcome);
        Assert.Equal(T30Error.LineDropped, result.Call.Error);
    }

    private static T38TerminalOptions Options(bool ecm) => new()
    {
        Paced = false,
        Capabilities = new T30Capabilities { ErrorCorrection = ecm },
    };
}
