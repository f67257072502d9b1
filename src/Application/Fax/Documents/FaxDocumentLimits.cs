namespace Groupus.Application.Fax.Documents;

/// <summary>How big a document may be before it is refused, before any heavy work is done on it.</summary>
public sealed class FaxDocumentLimits
{
    public const string Section = "Fax:Documents";

    /// <summary>The largest document accepted, in bytes (20 MiB).</summary>
    public long MaximumBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>The most pages a document may render to, not counting the cover page.</summary>
    public int MaximumPages { get; set; } = 200;

    /// <summary>How many documents are rendered at once; the others wait their organisation's turn.</summary>
    public int MaximumConcurrentRenders { get; set; } = 2;

    /// <summary>How many documents may wait for a render slot, all organisations together; more are refused as busy.</summary>
    public int MaximumWaitingRenders { get; set; } = 32;

    /// <summary>How many documents of one organisation may wait for a render slot; more are refused as busy.</summary>
    public int MaximumWaitingRendersPerOrganisation { get; set; } = 4;
}
