namespace Groupus.Application.Fax.Documents;

/// <summary>
/// A document rendered for sending. <see cref="Tiff"/> is a multi-page TIFF Class F: one directory per page, 1728 pixels
/// wide, 1 bit per pixel, min-is-white, CCITT Group 4, 204 dpi across and 98 or 196 dpi down.
/// <see cref="PageCount"/> counts every page in it, the cover page included.
/// </summary>
public sealed record RenderedFaxDocument(FaxDocumentType Type, int PageCount, byte[] Tiff);
