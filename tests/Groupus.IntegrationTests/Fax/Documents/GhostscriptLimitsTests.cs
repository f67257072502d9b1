using Groupus.Application.Fax.Documents;
using Groupus.Domain.Fax;

namespace Groupus.IntegrationTests.Fax.Documents;

/// <summary>A document that never finishes rendering, or grabs memory, cannot hold Ghostscript, or its temporary files, for long.</summary>
public sealed class GhostscriptLimitsTests : IDisposable
{
    private static readonly byte[] EndlessPostScript = "%!PS\n{ 1 pop } loop\n"u8.ToArray();

    private readonly DocumentRendering _rendering = new(ghostscriptTimeout: TimeSpan.FromSeconds(2));

    [Fact]
    public async Task A_document_that_renders_for_too_long_is_refused_and_cleaned_up()
    {
        var error = FaxAssert.Refused(await _rendering.RenderAsync(EndlessPostScript), "DOCUMENT_MALFORMED");

        Assert.Contains("too long", error.Message, StringComparison.Ordinal);
        FaxAssert.NothingLeftIn(_rendering.TemporaryDirectory);
    }

    [Fact]
    public async Task Cancelling_a_render_stops_ghostscript_and_cleans_up()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        using var content = new MemoryStream(EndlessPostScript);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            _rendering.Renderer.RenderAsync(content, new FaxRenderRequest(FaxResolution.Standard, null), cancel.Token));

        FaxAssert.NothingLeftIn(_rendering.TemporaryDirectory);
    }

    [Fact]
    public async Task An_endless_program_is_stopped_by_the_processor_limit_well_before_the_clock_limit()
    {
        using var rendering = new DocumentRendering(
            ghostscriptTimeout: TimeSpan.FromMinutes(3),
            more: new Dictionary<string, string> { ["GhostscriptCpuLimit"] = "00:00:01" });

        var error = FaxAssert.Refused(await rendering.RenderAsync(EndlessPostScript), "DOCUMENT_TOO_COMPLEX");

        Assert.Contains("more than 1 s of processing", error.Message, StringComparison.Ordinal);
        FaxAssert.NothingLeftIn(rendering.TemporaryDirectory);
    }

    [Fact]
    public async Task A_program_that_grabs_memory_is_stopped_by_the_memory_limit()
    {
        // 100,000 strings of 60 kB: 6 GB if nothing stopped it.
        var greedy = "%!PS\n/keep [ 1 1 100000 { pop 60000 string } for ] def showpage\n"u8.ToArray();
        using var rendering = new DocumentRendering(more: new Dictionary<string, string> { ["GhostscriptMemoryLimit"] = (256 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture) });

        var error = FaxAssert.Refused(await rendering.RenderAsync(greedy), "DOCUMENT_TOO_COMPLEX");

        Assert.Contains("more memory", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _rendering.Dispose();
}
