using Groupus.Application.Common.Results;
using Groupus.Application.Fax.Documents;
using Groupus.Domain.Fax;

namespace Groupus.IntegrationTests.Fax.Documents;

public static class FaxAssert
{
    /// <summary>Every page is a TIFF Class F page of the resolution asked for; returns the decoded pages.</summary>
    public static IReadOnlyList<TiffPage> IsFaxTiff(RenderedFaxDocument document, FaxResolution resolution)
    {
        var pages = TiffPages.Read(document.Tiff);
        Assert.Equal(document.PageCount, pages.Count);
        foreach (var page in pages)
        {
            Assert.Equal(1728, page.Width);
            Assert.Equal(1, page.BitsPerSample);
            Assert.Equal("CCITTFAX4", page.Compression);
            Assert.Equal("MINISWHITE", page.Photometric);
            Assert.Equal(204f, page.XResolution);
            Assert.Equal(resolution == FaxResolution.Fine ? 196f : 98f, page.YResolution);
        }

        return pages;
    }

    /// <summary>libtiff's own tools read and decode every page without a word on standard error.</summary>
    public static async Task ReadableByLibtiffToolsAsync(byte[] tiff)
    {
        using var folder = new ScratchFolder();
        var path = folder.Write("fax.tif", tiff);

        var (infoExit, _, infoErrors) = await ExternalTool.RunAsync("tiffinfo", "-D", path);
        Assert.Equal(0, infoExit);
        Assert.Equal(string.Empty, infoErrors);

        var (copyExit, _, copyErrors) = await ExternalTool.RunAsync("tiffcp", path, folder.File("copy.tif"));
        Assert.Equal(0, copyExit);
        Assert.Equal(string.Empty, copyErrors);
    }

    public static Error Refused(Result<RenderedFaxDocument> result, string code)
    {
        Assert.False(result.IsSuccess, "the document was rendered");
        var error = result.Error!;
        Assert.Equal(code, error.Code);
        Assert.Equal(ErrorKind.Invalid, error.Kind);
        var violation = Assert.Single(error.Violations);
        Assert.Equal("document", violation.Field);
        Assert.Equal(error.Message, violation.Description);
        return error;
    }

    public static void NothingLeftIn(string directory) =>
        Assert.Empty(Directory.EnumerateFileSystemEntries(directory));
}
