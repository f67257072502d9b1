using Groupus.FaxGateway.Diagnostics;
using Groupus.Fax.Imaging.Tiff;
using Groupus.Fax.Modems.Lines;
using Groupus.FaxGateway.Tests.Imaging;
using Groupus.FaxGateway.Tests.Support;
using Groupus.TestSupport.FaxPeers;
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
        Assert.Equal(page.Height, received.Height);
    }

    [Fact]
    public async Task Efax_killed_during_page_2_leaves_page_1_confirmed_with_its_rows_and_page_2_attempted()
    {
        using var directory = new TemporaryDirectory();
        var tiff = directory.File("pages.tif");
        FaxTiffWriter.Write(tiff, [TestDocuments.ShortPage(), TestDocuments.DensePage(seed: 7)]);
        using var pair = await IaxModemPair.StartAsync();
        var efax = EfaxPeer.Receive(IaxModemPair.DeviceB, directory.File("received"), directory.Path);
        var efaxStopped = false;
        try
        {
            for (var wait = 0; wait < 150 && !efax.Output.Contains("waiting for activity", StringComparison.Ordinal); wait++)
            {
                await Task.Delay(100);
            }

            await Task.Delay(IaxModemPair.BusyOutAfterReset);
            using var progress = new WatchedWriter("Sending page 2");
            var sending = RunAsync(progress, "send", "--device", IaxModemPair.DeviceA, "--class", "1", "--number", "1002", "--local-id", "+44 20 7946 0000", tiff);
            await progress.Seen.WaitAsync(TimeSpan.FromMinutes(3));
            await Task.Delay(TimeSpan.FromSeconds(5));
            var efaxOutput = efax.Output;
            efax.Dispose();
            efaxStopped = true;
            var send = await sending;
            output.WriteLine(send.Output + send.Error + efaxOutput);

            Assert.Equal(ExitCodes.Partial, send.ExitCode);
            Assert.Contains("Page 1         MCF, 400 rows,", send.Output, StringComparison.Ordinal);
            Assert.Contains("Page 2         no answer: sent, not confirmed (the call ended first), 2286 rows,", send.Output, StringComparison.Ordinal);
            Assert.Contains("Pages:         1 of 2 confirmed, 0 refused, 1 sent but not confirmed, 0 not sent", send.Output, StringComparison.Ordinal);
        }
        finally
        {
            if (!efaxStopped)
            {
                efax.Dispose();
            }
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        return await RunAsync(output, args);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(StringWriter output, params string[] args)
    {
        using var error = new StringWriter();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var exitCode = await GatewayCommandLine.RunAsync(args, TextWriter.Synchronized(output), TextWriter.Synchronized(error), new FaxModemDriverFactory(), limit.Token);
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Output that tells when a line containing <c>text</c> has been written.</summary>
    private sealed class WatchedWriter(string text) : StringWriter
    {
        private readonly TaskCompletionSource _seen = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Seen => _seen.Task;

        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            if (value?.Contains(text, StringComparison.Ordinal) == true)
            {
                _seen.TrySetResult();
            }
        }
    }
}
