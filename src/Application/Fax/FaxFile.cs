namespace Groupus.Application.Fax;

/// <summary>Pages to download: a TIFF Class F as stored, or a PDF made from it.</summary>
public sealed record FaxFile(string ContentType, byte[] Content)
{
    public const string Tiff = "image/tiff";
    public const string Pdf = "application/pdf";
}
