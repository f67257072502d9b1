using Groupus.Fax.Imaging;

namespace Groupus.Fax.Modems.Lines;

/// <summary>
/// One page of a call. A sender reports each page once, with its final verdict; a receiver reports every copy it
/// received (a copy it refused, then the copy resent), with the image it decoded in <see cref="Image"/>.
/// </summary>
/// <param name="PageNumber">1-based.</param>
/// <param name="Accepted">Confirmed by MCF/RTP (sender) or kept (receiver).</param>
/// <param name="Verdict">The post-page response: MCF, RTP, RTN, PIP or PIN; empty when none came (an attempted page).</param>
/// <param name="Rows">Sender: the page's rows as sent. Receiver: the rows decoded.</param>
/// <param name="Retries">Copies of this page refused before this result (sender).</param>
public sealed record FaxPageReport(
    int PageNumber,
    bool Accepted,
    string Verdict,
    FaxSessionParameters Parameters,
    int Rows,
    int BadRows,
    int Retries,
    FaxPage? Image)
{
    /// <summary>False for a page that went out but got no post-page response before the call ended.</summary>
    public bool Answered { get; init; } = true;

    public FaxPageDisposition Disposition =>
        !Answered ? FaxPageDisposition.Attempted : Accepted ? FaxPageDisposition.Confirmed : FaxPageDisposition.Refused;

    /// <summary>A page of the document that went out but has no verdict: the call ended first.</summary>
    public static FaxPageReport Unanswered(int pageNumber, FaxSessionParameters parameters, int rows, int retries) =>
        new(pageNumber, false, string.Empty, parameters, rows, 0, retries, null) { Answered = false };
}
