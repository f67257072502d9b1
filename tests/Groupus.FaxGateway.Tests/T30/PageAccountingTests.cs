using Groupus.Fax.T30;

namespace Groupus.FaxGateway.Tests.T30;

/// <summary>The caller's result accounts for every page it put on the line: confirmed, refused, or attempted.</summary>
public class PageAccountingTests
{
    [Fact]
    public void A_page_that_went_out_but_was_never_answered_is_attempted_not_missing()
    {
        var line = Fax.Line(Fax.Document(2));
        var confirmations = 0;
        // The receiver's answers after the first MCF are lost: page 2 goes out, its verdict never comes back.
        line.Deliver = (side, frame) => side == LineSide.Caller || frame.Fcf != FacsimileControlField.MCF || ++confirmations == 1;
        line.Run();

        var result = line.CallerEnd.Result!;
        Assert.Same(T30Error.NoResponseToPostPage, result.Error);
        Assert.Equal(1, result.PagesTransferred);
        Assert.Equal([(1, PageOutcome.Confirmed), (2, PageOutcome.Attempted)], result.Pages.Select(page => (page.PageNumber, page.Outcome)));
        Assert.Equal(FacsimileControlField.MCF, result.Pages[0].Response);
        Assert.Null(result.Pages[1].Response);
        Assert.False(result.Pages[1].Accepted);
    }

    [Fact]
    public void A_line_dropped_in_the_middle_of_page_two_leaves_page_two_attempted()
    {
        var line = Fax.Line(Fax.Document(2));
        var confirmations = 0;
        line.Deliver = (side, frame) =>
        {
            if (side == LineSide.Answerer && frame.Fcf == FacsimileControlField.MCF && ++confirmations == 1)
            {
                line.InjectAt(line.Now + TimeSpan.FromSeconds(2), LineSide.Caller, new LineDropped());
            }

            return true;
        };
        line.Run();

        var result = line.CallerEnd.Result!;
        Assert.Same(T30Error.LineDropped, result.Error);
        Assert.Equal([(1, PageOutcome.Confirmed), (2, PageOutcome.Attempted)], result.Pages.Select(page => (page.PageNumber, page.Outcome)));
    }

    [Fact]
    public void A_call_that_ends_in_phase_B_before_any_page_lists_no_page()
    {
        var line = Fax.Line(Fax.Document(2));
        line.InjectAt(TimeSpan.FromSeconds(5), LineSide.Answerer, new AbortRequested());
        line.Run();

        Assert.Empty(line.CallerEnd.Result!.Pages);
    }

    [Fact]
    public void Confirmed_and_refused_copies_carry_the_post_page_response_on_both_sides()
    {
        var line = Fax.Line(Fax.Document(1));
        line.ImageQuality = n => n == 1 ? new PageQuality(1100, 500, 500) : PageQuality.Perfect(1100);
        line.Run();

        Assert.Equal(FacsimileControlField.MCF, Assert.Single(line.CallerEnd.Result!.Pages).Response);
        Assert.Equal([FacsimileControlField.RTN, FacsimileControlField.MCF], line.AnswererEnd.Result!.Pages.Select(page => page.Response));
    }
}
