using System.Globalization;
using Groupus.Application.Common.Results;

namespace Groupus.Application.Fax.Documents;

/// <summary>Why a document cannot be faxed. Messages name limits and detected types, never anything from the document.</summary>
public static class FaxDocumentErrors
{
    public const string Field = "document";

    public const string AcceptedTypes = "PDF, PostScript, TIFF, PNG, JPEG or plain text (UTF-8)";

    public static Error Empty() => Invalid("DOCUMENT_EMPTY", "The document is empty.");

    public static Error TooLarge(long maximumBytes) =>
        Invalid("DOCUMENT_TOO_LARGE", $"The document is larger than the limit of {Size(maximumBytes)}.");

    public static Error ImageTooLarge(long width, long height, long maximumPixels) =>
        Invalid("DOCUMENT_TOO_LARGE", $"The image is {width} × {height} pixels; at most {maximumPixels.ToString("N0", CultureInfo.InvariantCulture)} pixels are accepted.");

    /// <summary><paramref name="pages"/> is null when rendering stopped at the limit without learning the full count.</summary>
    public static Error TooManyPages(int maximumPages, int? pages) =>
        Invalid("DOCUMENT_TOO_MANY_PAGES", pages is { } count
            ? $"The document has {count} pages; at most {maximumPages} can be faxed at once."
            : $"The document has more than {maximumPages} pages, the most that can be faxed at once.");

    public static Error Unsupported(string detected) =>
        Invalid("DOCUMENT_TYPE_UNSUPPORTED", $"The document looks like {detected}; a fax can be sent from {AcceptedTypes}.");

    public static Error Encrypted() =>
        Invalid("DOCUMENT_ENCRYPTED", "The PDF is protected by a password; remove the protection and send it again.");

    public static Error Malformed(FaxDocumentType type, string reason) =>
        Invalid("DOCUMENT_MALFORMED", $"The {Name(type)} document cannot be read: {reason}");

    /// <summary>The document asked for more processor time or memory than one render may use.</summary>
    public static Error TooComplex(FaxDocumentType type, string reason) =>
        Invalid("DOCUMENT_TOO_COMPLEX", $"The {Name(type)} document cannot be faxed: {reason}; it may be damaged or far too complex.");

    /// <summary>The document tried to read, write, delete or list files on the server, which no document may do.</summary>
    public static Error FileAccess(FaxDocumentType type) =>
        Invalid("DOCUMENT_FILE_ACCESS", $"The {Name(type)} document tries to read, write, delete or list files on the server, which a document may not do.");

    /// <summary>Every render slot is taken and the waiting line is full; the caller may try again shortly.</summary>
    public static Error Busy(string reason) =>
        new(ErrorKind.ResourceExhausted, "FAX_RENDERING_BUSY", $"{reason} Try again in a minute.", []);

    private static Error Invalid(string code, string message) =>
        new(ErrorKind.Invalid, code, message, [new FieldViolation(Field, message)]);

    private static string Name(FaxDocumentType type) => type switch
    {
        FaxDocumentType.Pdf => "PDF",
        FaxDocumentType.PostScript => "PostScript",
        FaxDocumentType.Tiff => "TIFF",
        FaxDocumentType.Png => "PNG",
        FaxDocumentType.Jpeg => "JPEG",
        _ => "text",
    };

    private static string Size(long bytes) =>
        bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MiB"
        : bytes >= 1024 && bytes % 1024 == 0 ? $"{bytes / 1024} KiB"
        : $"{bytes} bytes";
}
