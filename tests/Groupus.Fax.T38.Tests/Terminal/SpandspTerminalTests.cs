using Groupus.Fax.T30;
using Groupus.Fax.T30.Calls;

namespace Groupus.Fax.T38.Tests.Terminal;

/// <summary>
/// Our T.38 terminal against spandsp's (libspandsp 0.0.6 <c>t38_terminal</c>) over real UDP on loopback, unpaced: every
/// page pixel-identical by <c>tiffcmp -t</c>, both ends agreeing the call succeeded.
/// </summary>
public sealed class SpandspTerminalTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("t38-spandsp-").FullName;

    [Theory]
    [InlineData(false, 14400)]
    [InlineData(true, 14400)]
    [InlineData(false, 9600)]
    [InlineData(true, 4800)]
    public async Task We_send_to_spandsp_and_every_page_arrives_pixel_identical(bool ecm, int maxRate)
    {
        var outcome = await new SpandspCall(_directory).WeSendAsync(new T38Scenario(ecm, maxRate), TestPages.Make(3, fine: false));

        AssertBothSucceeded(outcome, pages: 3);
        Assert.Equal(maxRate, outcome.Theirs.BitRate);
        Assert.Equal(ecm, outcome.Theirs.Ecm);
        AssertPixelIdentical();
    }

    [Theory]
    [InlineData(false, 14400)]
    [InlineData(true, 14400)]
    [InlineData(false, 4800)]
    [InlineData(true, 9600)]
    public async Task Spandsp_sends_to_us_and_every_page_arrives_pixel_identical(bool ecm, int maxRate)
    {
        var outcome = await new SpandspCall(_directory).WeReceiveAsync(new T38Scenario(ecm, maxRate), TestPages.Make(3, fine: false));

        AssertBothSucceeded(outcome, pages: 3);
        Assert.Equal(maxRate, outcome.Ours.Call.Parameters!.BitRate);
        AssertPixelIdentical();
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static void AssertBothSucceeded(SpandspCallOutcome outcome, int pages)
    {
        Assert.True(outcome.Ours.Call.Outcome == FaxCallOutcome.Success, outcome.ToString());
        Assert.True(outcome.Theirs.Succeeded, outcome.ToString());
        Assert.Equal(pages, outcome.Ours.Call.PagesAccepted);
        Assert.Equal(pages, outcome.Theirs.Pages);
        Assert.Equal(T30Phase.E, outcome.Ours.Call.PhaseReached);
    }

    private void AssertPixelIdentical()
    {
        var call = new SpandspCall(_directory);
        var (identical, report) = TiffCompare.Pixels(call.ReferenceTiff, call.ReceivedTiff);
        Assert.True(identical, $"tiffcmp -t: {report}");
    }
}
