using Groupus.Fax.Imaging;
using Groupus.Fax.Imaging.Tiff;

namespace Groupus.FaxGateway.Tests.Imaging;

/// <summary>A page to send that does not decode cleanly is refused with its number and its damage, never padded.</summary>
public sealed class DamagedSourcePageTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_Ghostscript_fax_truncated_inside_the_second_pages_strip_is_refused_as_truncated_at_page_2()
    {
        var intact = DamagedTiffs.GhostscriptTwoPages(_directory);
        Assert.Equal(2, FaxTiffReader.Read(new MemoryStream(intact)).Count);

        var truncated = DamagedTiffs.TruncatedInStrip(intact, pageNumber: 2, keptShare: 0.4);

        var refusal = Assert.Throws<InvalidDataException>(() => FaxTiffReader.Read(new MemoryStream(truncated)));
        Assert.StartsWith("Page 2: ", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Corrupt_G3_codes_in_the_first_page_are_refused_naming_page_1_and_the_first_bad_row()
    {
        var pages = new[] { TestPages.TextLike(seed: 5, height: 400), TestPages.TextLike(seed: 6, height: 400) };
        var corrupt = DamagedTiffs.CorruptedInStrip(DamagedTiffs.Write(pages), pageNumber: 1);

        var refusal = Assert.Throws<InvalidDataException>(() => FaxTiffReader.Read(new MemoryStream(corrupt)));

        Assert.StartsWith("Page 1: ", refusal.Message, StringComparison.Ordinal);
        Assert.Matches(@"\d+ of its 400 rows do not decode to 1728 pixels \(the first is row \d+\)", refusal.Message);
    }

    [Fact]
    public void Corrupt_MMR_that_LibTiff_would_pad_is_refused_too()
    {
        var page = TestPages.TextLike(seed: 84, height: 300);
        var corrupt = DamagedTiffs.CorruptedInStrip(DamagedTiffs.Write([page], FaxEncoding.Mmr), pageNumber: 1);

        var refusal = Assert.Throws<InvalidDataException>(() => FaxTiffReader.Read(new MemoryStream(corrupt)));

        Assert.StartsWith("Page 1: ", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Intact_pages_in_every_coding_still_read_pixel_for_pixel()
    {
        var page = TestPages.TextLike(seed: 9, height: 300);
        foreach (var encoding in new[] { FaxEncoding.Mh, FaxEncoding.Mr, FaxEncoding.Mmr })
        {
            var read = Assert.Single(FaxTiffReader.Read(new MemoryStream(DamagedTiffs.Write([page], encoding))));
            Assert.True(read.PixelsEqual(page), encoding.ToString());
        }
    }
}
