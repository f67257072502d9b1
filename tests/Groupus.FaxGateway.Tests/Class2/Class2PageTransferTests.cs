using Groupus.Fax.Modems.Class2;
using Groupus.Fax.Imaging;
using Groupus.Fax.Modems.Lines;
using Groupus.Fax.T30.Calls;
using Groupus.Fax.T30;
using Groupus.FaxGateway.Tests.Imaging;
using Groupus.FaxGateway.Tests.Support;
using Serial = Groupus.Fax.Modems.Serial;

namespace Groupus.FaxGateway.Tests.Class2;

public sealed class Class2PageTransferTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData(Class2Dialect.Class20)]
    [InlineData(Class2Dialect.Class2)]
    public async Task A_fine_page_sent_by_one_driver_arrives_pixel_for_pixel_at_the_other(Class2Dialect dialect)
    {
        var network = Class2EmulatedModem.Network();
        await using var sender = Class2EmulatedModem.Start(network, "1001", driverOptions: Class2EmulatedModem.DriverOptions(dialect, "+44 1001"));
        await using var receiver = Class2EmulatedModem.Start(network, "1002", driverOptions: Class2EmulatedModem.DriverOptions(dialect, "+44 1002"));
        var page = TestPages.TextLike(7, height: 400, yResolution: 196);

        var (sent, received) = await TransferAsync(sender, receiver, [page]);

        Assert.Equal(FaxCallOutcome.Success, sent.Outcome);
        Assert.Equal(FaxCallOutcome.Success, received.Outcome);
        Assert.Equal(T30Error.Success, sent.Error);
        var image = Assert.Single(received.Pages).Image;
        Assert.NotNull(image);
        Assert.True(image.PixelsEqual(page));
        Assert.Equal("+44 1002", sent.RemoteIdentity);
        Assert.Equal("+44 1001", received.RemoteIdentity);
        Assert.Equal(Resolution.Fine, sent.Parameters!.Resolution);
        Assert.Equal(14400, sent.Parameters.BitRate);
        Assert.Equal(dialect == Class2Dialect.Class20 ? "00" : "0", sent.Hangup!.Code);
    }

    [Theory]
    [InlineData(Class2Dialect.Class20)]
    [InlineData(Class2Dialect.Class2)]
    public async Task Three_pages_of_mixed_resolution_arrive_in_order_each_at_its_own_resolution(Class2Dialect dialect)
    {
        var network = Class2EmulatedModem.Network();
        await using var sender = Class2EmulatedModem.Start(network, "1001", driverOptions: Class2EmulatedModem.DriverOptions(dialect, "1001"));
        await using var receiver = Class2EmulatedModem.Start(network, "1002", driverOptions: Class2EmulatedModem.DriverOptions(dialect, "1002"));
        FaxPage[] pages =
        [
            TestPages.TextLike(1, height: 300, yResolution: 98),
            TestPages.TextLike(2, height: 500, yResolution: 196),
            TestPages.LineAndFrame(FaxPageWidth.A4, height: 120),
        ];

        var (sent, received) = await TransferAsync(sender, receiver, pages);

        Assert.Equal(FaxCallOutcome.Success, sent.Outcome);
        Assert.Equal(3, sent.PagesAccepted);
        Assert.Equal(FaxCallOutcome.Success, received.Outcome);
        Assert.Equal([1, 2, 3], received.Pages.Select(page => page.PageNumber));
        for (var i = 0; i < pages.Length; i++)
        {
            Assert.True(received.Pages[i].Image!.PixelsEqual(pages[i]), $"page {i + 1} differs");
        }

        Assert.Equal([Resolution.Standard, Resolution.Fine, Resolution.Standard], received.Pages.Select(page => page.Parameters.Resolution));
    }

    [Fact]
    public async Task A_fine_page_to_a_receiver_that_only_takes_normal_resolution_goes_with_every_other_row()
    {
        var network = Class2EmulatedModem.Network();
        await using var sender = Class2EmulatedModem.Start(network, "1001");
        var normalOnly = Class2EmulatedModem.DriverOptions(Class2Dialect.Class20, "1002") with
        {
            Capabilities = Class2SessionParameters.GatewayDefault with { VerticalResolution = 0, BitRateCode = 3 },
        };
        await using var receiver = Class2EmulatedModem.Start(network, "1002", driverOptions: normalOnly);
        var fine = TestPages.TextLike(3, height: 400, yResolution: 196);

        var (sent, received) = await TransferAsync(sender, receiver, [fine]);

        Assert.Equal(FaxCallOutcome.Success, sent.Outcome);
        Assert.Equal(new FaxSessionParameters(Resolution.Standard, 9600, 1728, ImageCoding.MR, false, 0), sent.Parameters);
        var image = Assert.Single(received.Pages).Image!;
        Assert.Equal(200, image.Height);
        for (var y = 0; y < image.Height; y++)
        {
            Assert.True(image.GetRow(y).SequenceEqual(fine.GetRow(2 * y)), $"row {y} is not row {2 * y} of the fine page");
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Page_data_full_of_DLE_octets_crosses_both_terminals_unchanged(bool modemSubstitutesDoubleDle)
    {
        // Runs of 0x10, and 0x10 before ETX, ',', ';', '.', SUB and CAN: every octet the shielding must protect.
        var data = new List<byte>();
        for (var i = 0; i < 3000; i++)
        {
            data.Add(Serial.Dle.DataLinkEscape);
        }

        foreach (var follower in new byte[] { 0x03, (byte)',', (byte)';', (byte)'.', 0x1A, 0x18, 0x12, 0x11, 0x10, 0x10, 0x10 })
        {
            data.Add(Serial.Dle.DataLinkEscape);
            data.Add(follower);
        }

        data.Add(Serial.Dle.DataLinkEscape);
        var lineData = data.ToArray();
        byte[]? arrived = null;
        var network = Class2EmulatedModem.Network();
        await using var sender = Class2EmulatedModem.Start(network, "1001",
            create: (channel, options) => new Class2FaxModem(channel, options) { EncodePage = (_, _) => lineData });
        await using var receiver = Class2EmulatedModem.Start(network, "1002",
            new Emulation.Class2ModemEmulatorOptions { SubstituteDoubleDle = modemSubstitutesDoubleDle },
            create: (channel, options) => new Class2FaxModem(channel, options)
            {
                DecodePage = (received, _) =>
                {
                    arrived = received.ToArray();
                    return new FaxDecodeResult(new FaxPage(1728, 1), new FaxDecodeStatistics(1, 0, 0, true, false));
                },
            });

        var (sent, received) = await TransferAsync(sender, receiver, [new FaxPage(1728, 1)]);

        Assert.Equal(FaxCallOutcome.Success, sent.Outcome);
        Assert.Equal(FaxCallOutcome.Success, received.Outcome);
        Assert.Equal(lineData, arrived);
    }

    [Theory]
    [InlineData(Class2Dialect.Class20)]
    [InlineData(Class2Dialect.Class2)]
    public async Task A_page_garbled_on_the_line_is_refused_with_RTN_then_sent_again_and_confirmed(Class2Dialect dialect)
    {
        var network = Class2EmulatedModem.Network();
        await using var sender = Class2EmulatedModem.Start(network, "1001", new Emulation.Class2ModemEmulatorOptions { GarbledPageCopies = 1 },
            Class2EmulatedModem.DriverOptions(dialect, "1001"));
        await using var receiver = Class2EmulatedModem.Start(network, "1002", driverOptions: Class2EmulatedModem.DriverOptions(dialect, "1002"));
        var page = TestPages.TextLike(4, height: 300, yResolution: 196);

        var (sent, received) = await TransferAsync(sender, receiver, [page]);

        Assert.Equal(FaxCallOutcome.Success, sent.Outcome);
        var sentPage = Assert.Single(sent.Pages);
        Assert.Equal(1, sentPage.Retries);
        Assert.Equal("MCF", sentPage.Verdict);
        Assert.Equal(["RTN", "MCF"], received.Pages.Select(copy => copy.Verdict));
        Assert.True(received.Pages[1].Image!.PixelsEqual(page));
        Assert.Equal(FaxCallOutcome.Success, received.Outcome);
    }

    [Fact]
    public async Task A_page_refused_more_often_than_the_retransmission_limit_fails_the_call_as_rejected()
    {
        var network = Class2EmulatedModem.Network();
        await using var sender = Class2EmulatedModem.Start(network, "1001", new Emulation.Class2ModemEmulatorOptions { GarbledPageCopies = 5 });
        await using var receiver = Class2EmulatedModem.Start(network, "1002");

        var (sent, received) = await TransferAsync(sender, receiver, [TestPages.TextLike(5, height: 300, yResolution: 196)]);

        Assert.Equal(FaxCallOutcome.ProtocolFailure, sent.Outcome);
        Assert.Equal(T30Error.PageRejected, sent.Error);
        var refused = Assert.Single(sent.Pages);
        Assert.False(refused.Accepted);
        Assert.Equal(2, refused.Retries);
        Assert.Equal(3, received.Pages.Count);
        Assert.All(received.Pages, copy => Assert.False(copy.Accepted));
        Assert.NotEqual(FaxCallOutcome.Success, received.Outcome);
    }

    [Theory]
    [InlineData(Class2Dialect.Class20)]
    [InlineData(Class2Dialect.Class2)]
    public async Task Pages_of_one_resolution_follow_with_MPS_and_a_change_of_resolution_goes_through_EOM(Class2Dialect dialect)
    {
        var network = Class2EmulatedModem.Network();
        await using var sender = Class2EmulatedModem.Start(network, "1001", driverOptions: Class2EmulatedModem.DriverOptions(dialect, "1001"));
        await using var receiver = Class2EmulatedModem.Start(network, "1002", driverOptions: Class2EmulatedModem.DriverOptions(dialect, "1002"));
        FaxPage[] pages =
        [
            TestPages.TextLike(31, height: 200, yResolution: 196),
            TestPages.TextLike(32, height: 200, yResolution: 196),
            TestPages.TextLike(33, height: 100, yResolution: 98),
            TestPages.TextLike(34, height: 100, yResolution: 98),
        ];
        var heard = new List<string>();
        using var timeout = new CancellationTokenSource(Patience);
        var receiving = receiver.Driver.ReceiveAsync(new FaxReceiveRequest(1, TimeSpan.FromSeconds(30)), new Heard(heard), timeout.Token);

        var sent = await sender.Driver.SendAsync(new FaxSendRequest("1002", pages), null, timeout.Token);
        var received = await receiving;

        Assert.Equal(FaxCallOutcome.Success, sent.Outcome);
        Assert.Equal(FaxCallOutcome.Success, received.Outcome);
        var postPageMessages = heard.Where(m => m.Contains(", answering ", StringComparison.Ordinal)).Select(m => m.Split(", ")[^2]).ToArray();
        Assert.Equal(new[] { "MPS", "EOM", "MPS", "EOP" }, postPageMessages);
        Assert.All(received.Pages.Zip(pages), pair => Assert.True(pair.First.Image!.PixelsEqual(pair.Second)));
    }

    private sealed class Heard(List<string> messages) : IProgress<FaxProgress>
    {
        public void Report(FaxProgress value) => messages.Add(value.Message);
    }

    internal static async Task<(FaxCallResult Sent, FaxCallResult Received)> TransferAsync(
        Class2EmulatedModem sender, Class2EmulatedModem receiver, IReadOnlyList<FaxPage> pages, string number = "1002")
    {
        using var timeout = new CancellationTokenSource(Patience);
        var receiving = receiver.Driver.ReceiveAsync(new FaxReceiveRequest(2, TimeSpan.FromSeconds(30)), null, timeout.Token);
        var sent = await sender.Driver.SendAsync(new FaxSendRequest(number, pages), null, timeout.Token);
        var received = await receiving;
        return (sent, received);
    }
}
