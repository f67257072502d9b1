using Groupus.FaxGateway.Class2;
using Groupus.FaxGateway.Imaging;
using Groupus.FaxGateway.Lines;
using Groupus.FaxGateway.T30;
using Groupus.FaxGateway.Tests.Imaging;
using Groupus.FaxGateway.Tests.Support;

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
