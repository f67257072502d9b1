using System.Text;
using Groupus.Application.Fax.Documents;
using Groupus.Infrastructure.Fax.Documents;

namespace Groupus.IntegrationTests.Fax.Documents;

/// <summary>The type comes from the first bytes (for text, from all of them), never from a name.</summary>
public sealed class DocumentSnifferTests
{
    public static TheoryData<byte[], FaxDocumentType> Supported() => new()
    {
        { "%PDF-1.4\n"u8.ToArray(), FaxDocumentType.Pdf },
        { "\r\n  %PDF-1.7\n"u8.ToArray(), FaxDocumentType.Pdf },
        { "%!PS-Adobe-3.0\n"u8.ToArray(), FaxDocumentType.PostScript },
        { "II*\0\x08\0\0\0"u8.ToArray(), FaxDocumentType.Tiff },
        { "MM\0*\0\0\0\x08"u8.ToArray(), FaxDocumentType.Tiff },
        { new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 }, FaxDocumentType.Png },
        { new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10 }, FaxDocumentType.Jpeg },
        { "Dear Sir,\r\n\tthank you.\f"u8.ToArray(), FaxDocumentType.Text },
        { [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Café £5 — ünïcödé")], FaxDocumentType.Text },
    };

    public static TheoryData<byte[], string> Unsupported() => new()
    {
        { "PK\x03\x04rest"u8.ToArray(), "ZIP archive" },
        { new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, "Office 97-2003" },
        { "GIF89a"u8.ToArray(), "GIF image" },
        { "RIFF\0\0\0\0WEBPVP8 "u8.ToArray(), "WebP image" },
        { "II+\0"u8.ToArray(), "BigTIFF" },
        { Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("hello")).ToArray(), "UTF-16" },
        { new byte[] { (byte)'h', 0xC3, 0x28, (byte)'x' }, "binary data" },
        { "text with a \0 in it"u8.ToArray(), "binary data" },
        { "BM\x01\x02\0\0"u8.ToArray(), "BMP image" },
    };

    [Theory]
    [MemberData(nameof(Supported))]
    public void Supported_types_are_recognised(byte[] content, FaxDocumentType expected) =>
        Assert.Equal(expected, DocumentSniffer.Detect(content).Type);

    [Theory]
    [MemberData(nameof(Unsupported))]
    public void Other_content_is_named_in_the_refusal(byte[] content, string described)
    {
        var detected = DocumentSniffer.Detect(content);

        Assert.Null(detected.Type);
        Assert.Contains(described, detected.Description, StringComparison.Ordinal);
    }
}
