namespace Groupus.Application.Fax.Documents;

/// <summary>The kinds of document a fax can be sent from, as detected from the content (never from a file name).</summary>
public enum FaxDocumentType
{
    Pdf,
    PostScript,
    Tiff,
    Png,
    Jpeg,

    /// <summary>Plain text in UTF-8 (or ASCII); form feeds start new pages.</summary>
    Text,
}
