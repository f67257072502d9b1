using Groupus.Fax.Imaging;
using Groupus.Fax.T30;
using Groupus.Fax.T30.Calls;
using Groupus.FaxGateway.Tests.T30;
using T30Fax = Groupus.FaxGateway.Tests.T30.Fax;

namespace Groupus.FaxGateway.Tests.Calls;

/// <summary>
/// The one definition of a successful call, whichever transport ran it: the procedure ended normally and every page of
/// the document was confirmed (sending) or a page was kept (receiving); anything less is partial or a failure.
/// </summary>
public class CallSuccessTests
{
    private static readonly FaxSessionParameters Parameters = new(Resolution.Fine, 14400, 1728, ImageCoding.MR, false, 0);

    [Fact]
    public void A_session_that_confirmed_every_page_is_a_success()
    {
        var line = T30Fax.Line(T30Fax.Document(2)).Run();

        var result = FaxCallResult.FromSession(line.CallerEnd.Result!, Document(2), []);

        Assert.Equal(FaxCallOutcome.Success, result.Outcome);
        Assert.Same(T30Error.Success, result.Error);
        Assert.Equal(2, result.PagesAccepted);
        Assert.Equal(2, result.DocumentPages);
        Assert.Equal([PageOutcome.Confirmed, PageOutcome.Confirmed], result.Pages.Select(page => page.Outcome));
    }

    [Fact]
    public void A_session_that_lost_the_verdict_on_page_two_is_partial_with_page_two_attempted()
    {
        var line = T30Fax.Line(T30Fax.Document(2));
        var confirmations = 0;
        line.Deliver = (side, frame) => side == LineSide.Caller || frame.Fcf != FacsimileControlField.MCF || ++confirmations == 1;
        line.Run();

        var result = FaxCallResult.FromSession(line.CallerEnd.Result!, Document(2), []);

        Assert.Equal(FaxCallOutcome.Partial, result.Outcome);
        Assert.Equal(1, result.PagesAccepted);
        Assert.Equal([PageOutcome.Confirmed, PageOutcome.Attempted], result.Pages.Select(page => page.Outcome));
        Assert.False(result.Pages[1].Answered);
        Assert.Equal(Document(2)[1].Height, result.Pages[1].Rows);
    }

    [Fact]
    public void A_normal_end_that_leaves_a_page_of_the_document_unconfirmed_is_not_a_success()
    {
        var result = FaxCallResult.Connected(T30Error.Success, "hung up after page 1", [Page(1, PageOutcome.Confirmed)], 2, null, Parameters);

        Assert.Equal(FaxCallOutcome.Partial, result.Outcome);
    }

    [Fact]
    public void A_page_confirmed_with_a_retrain_counts_as_confirmed()
    {
        var result = FaxCallResult.Connected(
            T30Error.Success, "sent", [Page(1, PageOutcome.ConfirmedRetrain), Page(2, PageOutcome.Confirmed)], 2, null, Parameters);

        Assert.Equal(FaxCallOutcome.Success, result.Outcome);
        Assert.Equal(2, result.PagesAccepted);
    }

    [Fact]
    public void A_reception_that_kept_no_page_is_not_a_success_even_when_the_procedure_ended_normally()
    {
        var result = FaxCallResult.Connected(T30Error.Success, "nothing came", [Page(1, PageOutcome.Rejected)], null, null, Parameters);

        Assert.Equal(FaxCallOutcome.ProtocolFailure, result.Outcome);
    }

    [Fact]
    public void A_failed_procedure_after_a_confirmed_page_is_partial_and_keeps_its_reason()
    {
        var result = FaxCallResult.Connected(
            T30Error.PageRejected, "page 2 refused", [Page(1, PageOutcome.Confirmed), Page(2, PageOutcome.Rejected)], 3, null, Parameters);

        Assert.Equal(FaxCallOutcome.Partial, result.Outcome);
        Assert.Same(T30Error.PageRejected, result.Error);
        Assert.Equal(1, result.PagesAccepted);
    }

    [Fact]
    public void A_failed_procedure_with_no_page_confirmed_is_a_protocol_failure()
    {
        var result = FaxCallResult.Connected(T30Error.NoResponseToPostPage, "no answer to EOP", [Page(1, PageOutcome.Attempted)], 1, null, Parameters);

        Assert.Equal(FaxCallOutcome.ProtocolFailure, result.Outcome);
    }

    private static FaxPageReport Page(int number, PageOutcome outcome) =>
        new(number, outcome, outcome.ToString(), Parameters, 1100, 0, 0, null);

    private static List<FaxPage> Document(int pages) => [.. Enumerable.Range(1, pages).Select(page => new FaxPage(1728, 1000 + page))];
}
