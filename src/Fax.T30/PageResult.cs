namespace Groupus.Fax.T30;

/// <summary>The outcome of one page (for the receiver: of one received copy of a page).</summary>
/// <param name="PageNumber">1-based page number in the session.</param>
/// <param name="Retries">Copies of this page rejected with RTN before this result.</param>
public sealed record PageResult(
    int PageNumber,
    Resolution Resolution,
    ImageCoding Coding,
    int BitRate,
    bool ErrorCorrection,
    PageOutcome Outcome,
    int Rows,
    int BadRows,
    int LongestBadRun,
    int Retries)
{
    /// <summary>The post-page response given for this copy (MCF, RTP, RTN, PIP, PIN; ERR after EOR); null when none came.</summary>
    public FacsimileControlField? Response { get; init; }

    /// <summary>ECM: PPRs exchanged for this page (sent by the answerer, received by the caller).</summary>
    public int PartialPageRequests { get; init; }

    /// <summary>ECM: frames those PPRs asked for again, counted from their maps.</summary>
    public int FramesRequestedAgain { get; init; }

    public bool Accepted => Outcome is PageOutcome.Confirmed or PageOutcome.ConfirmedRetrain;
}
