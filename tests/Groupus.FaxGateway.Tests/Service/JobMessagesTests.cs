using Groupus.Fax.T30.Calls;
using Groupus.FaxGateway.Service;
using PageOutcome = Groupus.Fax.T30.PageOutcome;

namespace Groupus.FaxGateway.Tests.Service;

/// <summary>The one translation of the driver-neutral result to the gateway protocol names every value, and guesses none.</summary>
/// <remarks>
/// This project compiles the gateway protos again for its fake core, so the gateway's generated enums are compared by
/// their names here: the same names, another assembly.
/// </remarks>
public class JobMessagesTests
{
    public static TheoryData<PageOutcome, string> PageVerdicts => new()
    {
        { PageOutcome.Confirmed, "Confirmed" },
        { PageOutcome.ConfirmedRetrain, "Confirmed" },
        { PageOutcome.Rejected, "Refused" },
        { PageOutcome.Incomplete, "Refused" },
        { PageOutcome.Attempted, "Attempted" },
    };

    [Theory]
    [MemberData(nameof(PageVerdicts))]
    public void Each_page_verdict_has_its_disposition_on_the_wire(PageOutcome outcome, string disposition) =>
        Assert.Equal(disposition, JobMessages.DispositionOf(outcome).ToString());

    [Fact]
    public void Every_page_verdict_is_translated() =>
        Assert.Equal(Enum.GetValues<PageOutcome>().Order(), PageVerdicts.Select(row => (PageOutcome)row[0]).Order());

    [Fact]
    public void Every_call_outcome_has_a_wire_outcome() =>
        Assert.All(Enum.GetValues<FaxCallOutcome>(), outcome => Assert.NotEqual("Unspecified", JobMessages.OutcomeOf(outcome).ToString()));

    [Fact]
    public void Every_call_phase_is_translated() =>
        Assert.All(Enum.GetValues<FaxCallPhase>(), phase => JobMessages.PhaseOf(phase));

    [Fact]
    public void A_value_no_translation_names_is_refused_not_guessed()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => JobMessages.DispositionOf((PageOutcome)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => JobMessages.OutcomeOf((FaxCallOutcome)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => JobMessages.PhaseOf((FaxCallPhase)99));
    }

    [Fact]
    public void A_page_report_keeps_its_number_in_the_whole_document_and_its_verdict()
    {
        var report = new FaxPageReport(2, PageOutcome.ConfirmedRetrain, "RTP",
            new FaxSessionParameters(Groupus.Fax.T30.Resolution.Fine, 9600, 1728, Groupus.Fax.T30.ImageCoding.MH, false, 10), 1100, 0, 1, null);

        var page = JobMessages.PageOf(report, firstPage: 3);

        Assert.Equal(4, page.PageNumber);
        Assert.True(page.Confirmed);
        Assert.Equal("RTP", page.Verdict);
        Assert.Equal("Confirmed", page.Disposition.ToString());
        Assert.Equal(1, page.Retries);
    }
}
