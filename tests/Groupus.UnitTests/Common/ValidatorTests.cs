using Groupus.Application.Visitors.SearchVisitHistory;
using Groupus.Application.Visitors.SignInVisitor;

namespace Groupus.UnitTests.Common;

public sealed class ValidatorTests
{
    private readonly SignInVisitorValidator _signIn = new();

    [Theory]
    [InlineData("", "is required")]
    [InlineData("   ", "is required")]
    [InlineData("Ada\u0000", "control characters")]
    public void A_walk_in_name_must_be_printable_text(string name, string message)
    {
        var result = _signIn.Validate(new SignInVisitorCommand(null, name, null, "Meeting", "harry", "B1"));

        var failure = Assert.Single(result.Errors, e => e.PropertyName == "VisitorName");
        Assert.Contains(message, failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_field_reports_only_the_first_rule_it_breaks()
    {
        var result = _signIn.Validate(new SignInVisitorCommand(null, "", null, null, "", ""));

        Assert.Equal(result.Errors.Count, result.Errors.Select(e => e.PropertyName).Distinct().Count());
    }

    [Fact]
    public void A_badge_number_is_short_and_plain()
    {
        var result = _signIn.Validate(new SignInVisitorCommand(null, "Ada", null, "Meeting", "harry", "B1; DROP"));

        Assert.Contains(result.Errors, e => e.PropertyName == "BadgeNumber");
    }

    [Fact]
    public void A_history_search_needs_from_before_to_and_a_sane_page_size()
    {
        var validator = new SearchVisitHistoryValidator();
        var now = DateTime.UtcNow;

        var result = validator.Validate(new SearchVisitHistoryQuery(now, now.AddDays(-1), null, 10_000, null));

        Assert.Equal(["From", "PageSize", "To"], result.Errors.Select(e => e.PropertyName).Order());
    }
}
