using System.Diagnostics;
using Groupus.Api.Grpc.Gateway.V1;
using Groupus.Fax.Imaging.Tiff;
using Groupus.FaxGateway.Tests.Imaging;
using Groupus.FaxGateway.Tests.Service;
using Groupus.FaxGateway.Tests.Support;
using Groupus.TestSupport.FaxPeers;
using Groupus.TestSupport.Processes;
using Xunit.Abstractions;

namespace Groupus.FaxGateway.Tests.RealPeers;

/// <summary>
/// The gateway in service mode with one Class 1 line on iaxmodem B (a fake core behind it) and efax calling from
/// iaxmodem A: an idle line takes calls whenever they come, and a caller that vanishes mid-page frees the line.
/// </summary>
[Collection(RealPeerCollection.Name)]
public sealed class ServiceLineWithEfaxTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_line_listening_in_two_second_cycles_still_takes_efaxs_call()
    {
        // iaxmodem refuses calls for 5 s after ATZ or ATH0: a line that reset its modem at every 2-second cycle would
        // turn every caller away.
        await using var line = await ServiceLine.StartAsync(output, listenCycleSeconds: 2);
        await line.WaitForIdleAsync();
        await Task.Delay(IaxModemPair.BusyOutAfterReset + TimeSpan.FromSeconds(4)); // a few cycles past the set-up

        using var efax = line.Send(TestDocuments.SparsePage());
        try
        {
            await efax.WaitForExitAsync(TimeSpan.FromMinutes(2));
            Assert.Equal(0, efax.HasExited ? efax.ExitCode : -1);
            await FakeCore.WaitUntilAsync(() => !line.Core.Uploads.IsEmpty, "the fax has been uploaded");
        }
        finally
        {
            output.WriteLine($"--- efax (sending) ---\n{efax.Output}\n{line.ModemLog}");
        }

        var (header, tiff, _) = Assert.Single(line.Core.Uploads);
        Assert.Equal(1, header.PageCount);
        Assert.Single(FaxTiffReader.Read(new MemoryStream(tiff)));
    }

    [Fact]
    public async Task Efax_killed_during_page_2_frees_the_line_and_page_1_is_uploaded()
    {
        await using var line = await ServiceLine.StartAsync(output, listenCycleSeconds: 10);
        await line.WaitForIdleAsync();
        await Task.Delay(IaxModemPair.BusyOutAfterReset);

        using var efax = line.Send(TestDocuments.SparsePage(), TestDocuments.DensePage(6));
        try
        {
            // efax stamps "P. 2" in the header of page 2 as it starts it; about 40 s of page data follow.
            var until = DateTime.UtcNow.AddMinutes(2);
            while (!efax.Output.Contains("P. 2]", StringComparison.Ordinal) && !efax.HasExited && DateTime.UtcNow < until)
            {
                await Task.Delay(50);
            }

            Assert.False(efax.HasExited, "efax ended before page 2");
            await Task.Delay(TimeSpan.FromSeconds(3));
            Process.GetProcessById(efax.Id).Kill();

            // The line is busy with the call, then idle again, without waiting for the 10-minute page deadline.
            await line.WaitForStatesAsync([LineStatus.Idle, LineStatus.Busy, LineStatus.Idle]);
            await FakeCore.WaitUntilAsync(() => !line.Core.Uploads.IsEmpty, "page 1 has been uploaded");
        }
        finally
        {
            output.WriteLine($"--- efax (sending, killed) ---\n{efax.Output}\n{line.ModemLog}");
        }

        var (header, tiff, _) = Assert.Single(line.Core.Uploads);
        Assert.Equal(1, header.PageCount);
        Assert.Single(FaxTiffReader.Read(new MemoryStream(tiff)));
    }

    private sealed class ServiceLine : IAsyncDisposable
    {
        private readonly IaxModemPair pair;
        private readonly GatewayUnderTest gateway;
        private readonly TemporaryDirectory directory;

        private ServiceLine(IaxModemPair pair, FakeCore core, GatewayUnderTest gateway, TemporaryDirectory directory)
        {
            this.pair = pair;
            Core = core;
            this.gateway = gateway;
            this.directory = directory;
        }

        public FakeCore Core { get; }

        /// <summary>What both iaxmodems wrote.</summary>
        public string ModemLog => pair.Log;

        public static async Task<ServiceLine> StartAsync(ITestOutputHelper output, int listenCycleSeconds)
        {
            var directory = new TemporaryDirectory();
            var pair = await IaxModemPair.StartAsync();
            var core = await FakeCore.StartAsync();
            var settings = GatewayUnderTest.Settings(core.Address, IaxModemPair.DeviceB, directory.File("spool"));
            settings["Gateway:Lines:0:Class"] = "1";
            settings["Gateway:ListenCycleSeconds"] = listenCycleSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings["Gateway:OutOfServiceRetrySeconds"] = "30";
            return new ServiceLine(pair, core, await GatewayUnderTest.StartAsync(settings, new TestOutputLoggerProvider(output)), directory);
        }

        public Task WaitForIdleAsync() => FakeCore.WaitUntilAsync(() => States().Contains(LineStatus.Idle), "the line listens");

        /// <summary>Waits (up to 2 minutes) until the line's reported states, repeats collapsed, end with <paramref name="expected"/>.</summary>
        public async Task WaitForStatesAsync(LineStatus[] expected)
        {
            var until = DateTime.UtcNow.AddMinutes(2);
            while (!States().CollapseRuns().TakeLast(expected.Length).SequenceEqual(expected))
            {
                Assert.True(DateTime.UtcNow < until, $"line states: {string.Join(", ", States().CollapseRuns())}");
                await Task.Delay(100);
            }
        }

        public PeerProcess Send(params Groupus.Fax.Imaging.FaxPage[] pages)
        {
            var files = new List<string>();
            for (var i = 0; i < pages.Length; i++)
            {
                files.Add(directory.File($"page.{i + 1:000}"));
                FaxTiffWriter.Write(files[^1], [pages[i]]);
            }

            return EfaxPeer.Send(IaxModemPair.DeviceA, directory.Path, [.. files]);
        }

        public async ValueTask DisposeAsync()
        {
            await gateway.DisposeAsync();
            await Core.DisposeAsync();
            pair.Dispose();
            directory.Dispose();
        }

        private List<LineStatus> States() =>
            Core.Messages.Select(entry => entry.Message.LineState).OfType<LineState>().Select(state => state.Status).ToList();
    }
}
