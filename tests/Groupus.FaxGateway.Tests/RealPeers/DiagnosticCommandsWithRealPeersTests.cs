using Groupus.FaxGateway.Diagnostics;
using Groupus.FaxGateway.Imaging.Tiff;
using Groupus.FaxGateway.Lines;
using Groupus.FaxGateway.Tests.Imaging;
using Groupus.FaxGateway.Tests.Support;
using Xunit.Abstractions;

namespace Groupus.FaxGateway.Tests.RealPeers;

/// <summary>The gateway's diagnostic commands on a real Class 1 software modem (iaxmodem), with efax at the far end.</summary>
[Collection(RealPeerCollection.Name)]
public sealed class DiagnosticCommandsWithRealPeersTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Probe_and_send_through_the_class_1_driver_deliver_a_page_to_efax()
    {
        using var directory = new TemporaryDirectory();
        var page = TestDocuments.SparsePage();
        var tiff = directory.File("page.tif");
        FaxTiffWriter.Write(tiff, [page]);
        using var pair = await IaxModemPair.StartAsync();

        var probe = await RunAsync("probe", "--device", IaxModemPair.DeviceA);
        Assert.True(probe.ExitCode == 0, probe.Output + probe.Error);
        Assert.Contains("1.0", probe.Output, StringComparison.Ordinal);

        await Task.Delay(IaxModemPair.BusyOutAfterReset);
        using var efax = EfaxPeer.Receive(IaxModemPair.DeviceB, directory.File("received"), directory.Path);
        for (var wait = 0; wait < 150 && !efax.Output.Contains("waiting for activity", StringComparison.Ordinal); wait++)
        {
            await Task.Delay(100);
        }

        var send = await RunAsync("send", "--device", IaxModemPair.DeviceA, "--class", "1", "--number", "1002", "--local-id", "+44 20 7946 0000", tiff);
        await efax.WaitForExitAsync(TimeSpan.FromSeconds(30));
        output.WriteLine(send.Output + send.Error + efax.Output);

        Assert.True(send.ExitCode == 0, send.Output + send.Error);
        Assert.Contains("page 1", send.Output, StringComparison.OrdinalIgnoreCase);
        var received = Assert.Single(FaxTiffReader.Read(directory.File("received.001")));
        Assert.Empty(PageComparison.DifferingRows(page, received));
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var exitCode = await GatewayCommandLine.RunAsync(args, TextWriter.Synchronized(output), TextWriter.Synchronized(error), new FaxModemDriverFactory(), limit.Token);
        return (exitCode, output.ToString(), error.ToString());
    }
}
