using Groupus.Application.Fax.Documents;
using Groupus.Domain.Fax;

namespace Groupus.IntegrationTests.Fax.Documents;

/// <summary>A document that never finishes rendering cannot hold Ghostscript, or its temporary files, for ever.</summary>
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

    public void Dispose() => _rendering.Dispose();
}
