using System.Text;
using System.Text.Unicode;
using Groupus.Application.Fax.Documents;

namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>Detects a document's type from its first bytes (and, for text, from all of them); names are never trusted.</summary>
internal static class DocumentSniffer
{
    private static ReadOnlySpan<byte> Pdf => "%PDF-"u8;
    private static ReadOnlySpan<byte> PostScript => "%!PS"u8;
    private static ReadOnlySpan<byte> TiffIntel => "II*\0"u8;
    private static ReadOnlySpan<byte> TiffMotorola => "MM\0*"u8;
    private static ReadOnlySpan<byte> BigTiffIntel => "II+\0"u8;
    private static ReadOnlySpan<byte> BigTiffMotorola => "MM\0+"u8;
    private static ReadOnlySpan<byte> Png => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static readonly (byte[] Magic, string Description)[] KnownUnsupported =
    [
        ("PK\x03\x04"u8.ToArray(), "a ZIP archive (Word, Excel and OpenDocument files are ZIP archives)"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "a Microsoft Office 97-2003 document"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ([0x1F, 0x8B], "a gzip-compressed file"),
        ("{\\rtf"u8.ToArray(), "an RTF document"),
        ([0xFF, 0xFE], "text in UTF-16 (save it as UTF-8)"),
        ([0xFE, 0xFF], "text in UTF-16 (save it as UTF-8)"),
        ([0xC5, 0xD0, 0xD3, 0xC6], "an EPS file with a binary preview"),
    ];

    public static DetectedDocument Detect(ReadOnlySpan<byte> content)
    {
        var start = SkipBomAndWhitespace(content);
        if (start.StartsWith(Pdf))
        {
            return DetectedDocument.Supported(FaxDocumentType.Pdf, "a PDF document");
        }

        if (content.StartsWith(PostScript))
        {
            return DetectedDocument.Supported(FaxDocumentType.PostScript, "a PostScript document");
        }

        if (content.StartsWith(TiffIntel) || content.StartsWith(TiffMotorola))
        {
            return DetectedDocument.Supported(FaxDocumentType.Tiff, "a TIFF image");
        }

        if (content.StartsWith(Png))
        {
            return DetectedDocument.Supported(FaxDocumentType.Png, "a PNG image");
        }

        if (content.StartsWith(Jpeg))
        {
            return DetectedDocument.Supported(FaxDocumentType.Jpeg, "a JPEG image");
        }

        if (content.StartsWith(BigTiffIntel) || content.StartsWith(BigTiffMotorola))
        {
            return DetectedDocument.Unsupported("a BigTIFF image");
        }

        if (content.Length >= 12 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8))
        {
            return DetectedDocument.Unsupported("a WebP image");
        }

        foreach (var (magic, description) in KnownUnsupported)
        {
            if (content.StartsWith(magic))
            {
                return DetectedDocument.Unsupported(description);
            }
        }

        if (IsPlainText(content))
        {
            return DetectedDocument.Supported(FaxDocumentType.Text, "plain text");
        }

        return DetectedDocument.Unsupported(content.StartsWith("BM"u8) ? "a BMP image" : "binary data of an unknown type");
    }

    /// <summary>Valid UTF-8 (so ASCII too) with no control characters but tab, line feed, carriage return and form feed.</summary>
    public static bool IsPlainText(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(Utf8Bom))
        {
            content = content[Utf8Bom.Length..];
        }

        if (!Utf8.IsValid(content))
        {
            return false;
        }

        while (!content.IsEmpty)
        {
            Rune.DecodeFromUtf8(content, out var rune, out int consumed);
            if (Rune.IsControl(rune) && rune.Value is not ('\t' or '\n' or '\r' or '\f'))
            {
                return false;
            }

            content = content[consumed..];
        }

        return true;
    }

    private static ReadOnlySpan<byte> SkipBomAndWhitespace(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(Utf8Bom))
        {
            content = content[Utf8Bom.Length..];
        }

        int skipped = 0;
        while (skipped < content.Length && skipped < 1024 && content[skipped] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            skipped++;
        }

        return content[skipped..];
    }
}
