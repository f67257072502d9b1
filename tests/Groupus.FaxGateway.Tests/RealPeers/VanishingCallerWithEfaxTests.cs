using System.Diagnostics;
using Groupus.Fax.Modems.Class1;
using Groupus.Fax.Imaging.Tiff;
using Groupus.Fax.Modems.Serial;
using Groupus.Fax.T30;
using Groupus.FaxGateway.Tests.Imaging;
using Groupus.FaxGateway.Tests.Support;
using Groupus.TestSupport.FaxPeers;
using Xunit.Abstractions;

namespace Groupus.FaxGateway.Tests.RealPeers;

/// <summary>
/// efax killed (SIGKILL) while it sends page 2 through the iaxmodem pair: the gateway's receiver ends the call with
/// page 1 kept and page 2 not claimed, and frees the modem, instead of waiting for the 10-minute page deadline.
/// </summary>
[Collection(RealPeerCollection.Name)]
public sealed class VanishingCallerWithEfaxTests(ITestOutputHelper output)
{
    // The same call as ServiceLineWithEfaxTests.Efax_killed_during_page_2_frees_the_line_and_page_1_is_uploaded, which
    // stays in the default run (the service drives this receiver and checks the line freed and page 1 kept); the
    // receiver's own outcome on a vanishing caller is checked in the default run against scripted modems
    // (Class1.VanishingCallerTests). This copy with the receiver's figures runs with the long tests.
    [Fact]
    [Trait("Category", "Long")]
    public async Task Efax_killed_during_page_2_leaves_the_receiver_with_page_1_and_a_free_modem()
    {
        using var directory = new TemporaryDirectory();
        string[] files = [directory.File("page.001"), directory.File("page.002")];
        FaxTiffWriter.Write(files[0], [TestDocuments.SparsePage()]);
        FaxTiffWriter.Write(files[1], [TestDocuments.DensePage(5)]);

        using var pair = await IaxModemPair.StartAsync();
        await using var port = new TracingModemPort(IaxModemPair.Open(IaxModemPair.DeviceB), output);

        // A guard, not a measurement: the page deadline this would otherwise wait for is 10 minutes.
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var options = new FaxLineOptions { LocalIdentity = "+44 20 7946 0001", WaitForCall = TimeSpan.FromSeconds(60) };
        var progress = new ProgressLog(output);
        var receiving = new Class1Fax().ReceiveAsync(port, options, progress, limit.Token);
        await Task.WhenAny(progress.WaitingForCall, receiving);
        await Task.Delay(IaxModemPair.BusyOutAfterReset);
        using var efax = EfaxPeer.Send(IaxModemPair.DeviceA, directory.Path, files);
        Class1CallResult result;
        try
        {
            while (!progress.Messages.Any(m => m.StartsWith("Receiving page 2", StringComparison.Ordinal)) && !receiving.IsCompleted)
            {
                await Task.Delay(50, limit.Token);
            }

            // Well inside page 2's data (about 40 s of it at 14400 bit/s).
            await Task.Delay(TimeSpan.FromSeconds(3), limit.Token);
            Process.GetProcessById(efax.Id).Kill();
            result = await receiving;
        }
        finally
        {
            output.WriteLine($"--- efax (sending, killed) ---\n{efax.Output}\n{pair.Log}");
        }

        Assert.Equal(Class1CallOutcome.SessionFailed, result.Outcome);
        Assert.Equal(T30Error.LineDropped, result.Error);
        Assert.Contains("page 2 was not received whole", result.Detail, StringComparison.Ordinal);
        var page = Assert.Single(result.Pages);
        Assert.Equal((1, PageOutcome.Confirmed), (page.PageNumber, page.Outcome));
        Assert.Single(result.ReceivedPages);

        // The modem is back in command mode, on hook, ready for the next call.
        var reply = await new ModemChannel(port).CommandAsync(string.Empty, TimeSpan.FromSeconds(5), CancellationToken.None);
        Assert.True(reply.IsOk, reply.FinalResult);
    }
}
