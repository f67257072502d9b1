using System.Text;
using Groupus.Application.Fax.Documents;
using SkiaSharp;

namespace Groupus.IntegrationTests.Fax.Documents;

/// <summary>Every refused document gets a stable code and a reason that names no content; no temporary file survives.</summary>
public sealed class BadDocumentTests : IDisposable
{
    private readonly DocumentRendering _rendering = new(maximumBytes: 64 * 1024, maximumPages: 3);

    [Fact]
    public async Task An_empty_document_is_refused() =>
        FaxAssert.Refused(await _rendering.RenderAsync([]), "DOCUMENT_EMPTY");

    [Fact]
    public async Task A_document_over_the_size_limit_is_refused()
    {
        var error = FaxAssert.Refused(await _rendering.RenderAsync(Encoding.ASCII.GetBytes(new string('x', (64 * 1024) + 1))), "DOCUMENT_TOO_LARGE");

        Assert.Contains("64 KiB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pdf_with_more_pages_than_the_limit_is_refused_before_rendering()
    {
        var error = FaxAssert.Refused(await _rendering.RenderAsync(await SampleDocuments.PdfAsync(4)), "DOCUMENT_TOO_MANY_PAGES");

        Assert.Contains("4 pages", error.Message, StringComparison.Ordinal);
        Assert.Contains("at most 3", error.Message, StringComparison.Ordinal);
        FaxAssert.NothingLeftIn(_rendering.TemporaryDirectory);
    }

    [Fact]
    public async Task PostScript_with_more_pages_than_the_limit_is_refused() =>
        FaxAssert.Refused(await _rendering.RenderAsync(SampleDocuments.PostScript(5)), "DOCUMENT_TOO_MANY_PAGES");

    [Fact]
    public async Task Text_with_more_pages_than_the_limit_is_refused() =>
        FaxAssert.Refused(await _rendering.RenderAsync("1\f2\f3\f4"u8.ToArray()), "DOCUMENT_TOO_MANY_PAGES");

    [Fact]
    public async Task A_zip_archive_is_refused_saying_what_it_is_and_what_is_accepted()
    {
        byte[] zip = [.. "PK\x03\x04"u8, .. new byte[100]];

        var error = FaxAssert.Refused(await _rendering.RenderAsync(zip), "DOCUMENT_TYPE_UNSUPPORTED");

        Assert.Contains("ZIP archive", error.Message, StringComparison.Ordinal);
        Assert.Contains("PDF, PostScript, TIFF, PNG, JPEG or plain text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Random_bytes_are_refused()
    {
        var random = new byte[4096];
        new Random(5).NextBytes(random);
        random[0] = 0x00;

        var error = FaxAssert.Refused(await _rendering.RenderAsync(random), "DOCUMENT_TYPE_UNSUPPORTED");

        Assert.Contains("binary data", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_with_control_characters_is_not_plain_text() =>
        FaxAssert.Refused(await _rendering.RenderAsync("hello\u0007\u001b[31m world"u8.ToArray()), "DOCUMENT_TYPE_UNSUPPORTED");

    [Fact]
    public async Task A_pdf_is_known_by_its_content_whatever_it_was_called()
    {
        // The renderer is never told a file name: a PDF saved as "letter.txt" arrives as these bytes.
        using var folder = new ScratchFolder();
        var misnamed = folder.Write("letter.txt", await SampleDocuments.PdfAsync(1));

        await using var stream = File.OpenRead(misnamed);
        var result = await _rendering.Renderer.RenderAsync(stream, new FaxRenderRequest(Domain.Fax.FaxResolution.Standard, null), CancellationToken.None);

        Assert.Equal(FaxDocumentType.Pdf, result.Value.Type);
    }

    [Fact]
    public async Task A_pdf_that_needs_a_password_is_refused_as_encrypted()
    {
        var pdf = await SampleDocuments.PdfAsync(1, "-sOwnerPassword=owner", "-sUserPassword=user");

        var error = FaxAssert.Refused(await _rendering.RenderAsync(pdf), "DOCUMENT_ENCRYPTED");

        Assert.Contains("password", error.Message, StringComparison.Ordinal);
        FaxAssert.NothingLeftIn(_rendering.TemporaryDirectory);
    }

    [Fact]
    public async Task A_pdf_encrypted_with_only_an_owner_password_is_refused_as_encrypted() =>
        FaxAssert.Refused(await _rendering.RenderAsync(await SampleDocuments.PdfAsync(1, "-sOwnerPassword=owner")), "DOCUMENT_ENCRYPTED");

    [Fact]
    public async Task A_truncated_pdf_is_refused_as_malformed()
    {
        var pdf = await SampleDocuments.PdfAsync(2);

        var error = FaxAssert.Refused(await _rendering.RenderAsync(pdf[..400]), "DOCUMENT_MALFORMED");

        Assert.StartsWith("The PDF document cannot be read:", error.Message, StringComparison.Ordinal);
        FaxAssert.NothingLeftIn(_rendering.TemporaryDirectory);
    }

    [Fact]
    public async Task A_pdf_header_over_garbage_is_refused_as_malformed() =>
        FaxAssert.Refused(await _rendering.RenderAsync("%PDF-1.7\nthis is not a PDF at all\n"u8.ToArray()), "DOCUMENT_MALFORMED");

    [Fact]
    public async Task Failing_postscript_is_refused_as_malformed()
    {
        FaxAssert.Refused(await _rendering.RenderAsync("%!PS\n/Helvetica findfont 12 scalefont setfont nosuchoperator showpage\n"u8.ToArray()), "DOCUMENT_MALFORMED");
        FaxAssert.NothingLeftIn(_rendering.TemporaryDirectory);
    }

    [Fact]
    public async Task A_truncated_png_is_refused_as_malformed()
    {
        var png = SampleDocuments.Png(800, 600, canvas => canvas.DrawCircle(400, 300, 200, new SKPaint { Color = SKColors.Black }));

        FaxAssert.Refused(await _rendering.RenderAsync(png[..(png.Length / 2)]), "DOCUMENT_MALFORMED");
    }

    [Fact]
    public async Task A_damaged_tiff_is_refused_as_malformed() =>
        FaxAssert.Refused(await _rendering.RenderAsync([.. "II*\0"u8, 0xFF, 0xFF, 0xFF, 0x7F, 1, 2, 3]), "DOCUMENT_MALFORMED");

    public void Dispose() => _rendering.Dispose();
}
