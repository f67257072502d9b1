namespace Groupus.IntegrationTests.Fax.Documents;

/// <summary>
/// A damaged TIFF page is refused with its page number and what is wrong; a page is never padded with white rows to
/// make up for data that is missing or undecodable.
/// </summary>
public sealed class DamagedTiffTests : IDisposable
{
    private readonly DocumentRendering _rendering = new();

    [Fact]
    public async Task A_tiff_cut_off_inside_the_strip_of_its_second_page_is_refused_naming_page_2()
    {
        var damaged = DamagedTiffs.TruncatedInside(await DamagedTiffs.TwoPageGroup3Async(), page: 2);
        Assert.Contains("Read error on strip", await DamagedTiffs.LibtiffComplaintsAsync(damaged), StringComparison.Ordinal);

        var error = FaxAssert.Refused(await _rendering.RenderAsync(damaged), "DOCUMENT_MALFORMED");

        Assert.Contains("page 2 is damaged: its data ends before the page does", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Corrupt_group_3_data_on_the_first_page_is_refused_naming_page_1_and_the_damage()
    {
        var damaged = DamagedTiffs.Corrupted(await DamagedTiffs.TwoPageGroup3Async(), page: 1);
        // libtiff only warns ("Line length mismatch", "Premature EOL") and reads on with a padded or cut row.
        Assert.Contains("Fax3Decode1D: Warning", await DamagedTiffs.LibtiffComplaintsAsync(damaged), StringComparison.Ordinal);

        var error = FaxAssert.Refused(await _rendering.RenderAsync(damaged), "DOCUMENT_MALFORMED");

        Assert.Matches("page 1 is damaged: a row (has the wrong length|ends too early) at row [0-9]+ \\(corrupt coded data\\)", error.Message);
    }

    [Fact]
    public async Task Corrupt_data_on_a_page_that_is_rows_doubled_for_fine_resolution_is_refused()
    {
        var damaged = DamagedTiffs.Corrupted(await DamagedTiffs.TwoPageGroup3Async(), page: 2);

        var error = FaxAssert.Refused(await _rendering.RenderAsync(damaged, Domain.Fax.FaxResolution.Fine), "DOCUMENT_MALFORMED");

        Assert.Contains("page 2 is damaged", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Corrupt_data_on_a_page_that_must_be_resampled_is_refused()
    {
        // 150 dpi A4 is 1240 pixels across: not a fax page, so it is read whole and resampled.
        var scan = await SampleDocuments.GhostscriptTiffAsync(await SampleDocuments.PdfAsync(1), "tiffg3", "150x150");
        var damaged = DamagedTiffs.Corrupted(scan, page: 1);
        Assert.NotEqual(string.Empty, await DamagedTiffs.LibtiffComplaintsAsync(damaged));

        var error = FaxAssert.Refused(await _rendering.RenderAsync(damaged), "DOCUMENT_MALFORMED");

        Assert.Contains("page 1 is damaged", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_undamaged_file_renders_so_the_refusals_are_about_the_damage()
    {
        var rendered = await _rendering.RenderSuccessfullyAsync(await DamagedTiffs.TwoPageGroup3Async());

        Assert.Equal(2, rendered.PageCount);
    }

    public void Dispose() => _rendering.Dispose();
}
