namespace Groupus.Application.Fax.Documents;

/// <summary>How big a document may be before it is refused, before any heavy work is done on it.</summary>
public sealed class FaxDocumentLimits
{
    public const string Section = "Fax:Documents";

    /// <summary>The largest document accepted, in bytes (20 MiB).</summary>
    public long MaximumBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>The most pages a document may render to, not counting the cover page.</summary>
    public int MaximumPages { get; set; } = 200;
}
