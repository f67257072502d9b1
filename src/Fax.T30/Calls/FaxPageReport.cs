using Groupus.Fax.Imaging;

namespace Groupus.Fax.T30.Calls;

/// <summary>
/// One page of a call, whichever transport carried it. A sender reports each page once, with its final verdict; a
/// receiver reports every copy it received (a copy it refused, then the copy resent), with the image it decoded in
/// <see cref="Image"/>.
/// </summary>
/// <param name="PageNumber">1-based.</param>
/// <param name="Outcome">The page's verdict, the one type every driver uses (the wire's is mapped from it in one place).</param>
/// <param name="Verdict">The post-page response: MCF, RTP, RTN, PIP or PIN; empty when none came (an attempted page).</param>
/// <param name="Rows">Sender: the page's rows as sent. Receiver: the rows decoded.</param>
/// <param name="Retries">Copies of this page refused before this result (sender).</param>
public sealed record FaxPageReport(
    int PageNumber,
    PageOutcome Outcome,
    string Verdict,
    FaxSessionParameters Parameters,
    int Rows,
    int BadRows,
    int Retries,
    FaxPage? Image)
{
    /// <summary>Confirmed by MCF/RTP/PIP (sender) or kept (receiver).</summary>
    public bool Accepted => Outcome is PageOutcome.Confirmed or PageOutcome.ConfirmedRetrain;

    /// <summary>False for a page that went out but got no post-page response before the call ended.</summary>
    public bool Answered => Outcome != PageOutcome.Attempted;

    /// <summary>A page of the document that went out but has no verdict: the call ended first.</summary>
    public static FaxPageReport Unanswered(int pageNumber, FaxSessionParameters parameters, int rows, int retries) =>
        new(pageNumber, PageOutcome.Attempted, string.Empty, parameters, rows, 0, retries, null);

    /// <summary>A page as the T.30 engine reported it.</summary>
    /// <param name="sentPages">Sending: the document's pages (the engine does not count the rows it sends); null when receiving.</param>
    public static FaxPageReport FromT30(PageResult page, FaxSessionParameters parameters, IReadOnlyList<FaxPage>? sentPages, FaxPage? image)
    {
        var rows = sentPages is not null && page.PageNumber >= 1 && page.PageNumber <= sentPages.Count
            ? sentPages[page.PageNumber - 1].Height
            : page.Rows;
        return page.Outcome == PageOutcome.Attempted
            ? Unanswered(page.PageNumber, parameters, rows, page.Retries)
            : new FaxPageReport(page.PageNumber, page.Outcome, page.Response?.ToString() ?? page.Outcome.ToString(), parameters, rows, page.BadRows, page.Retries, image);
    }
}
