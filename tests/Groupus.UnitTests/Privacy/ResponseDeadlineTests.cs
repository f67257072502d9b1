using Groupus.Domain.Common;
using Groupus.Domain.Privacy;

namespace Groupus.UnitTests.Privacy;

public sealed class ResponseDeadlineTests
{
    private static readonly ResponseDeadlinePolicy Policy = ResponseDeadlinePolicy.Default;

    private static DateTime Utc(int year, int month, int day, int hour = 12) => new(year, month, day, hour, 0, 0, DateTimeKind.Utc);

    private static DateOnly Day(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void A_request_is_due_45_calendar_days_after_receipt()
    {
        var deadline = ResponseDeadline.Start(Utc(2026, 11, 2), Policy);

        Assert.Equal(Day(2026, 12, 17), deadline.DueOn);
    }

    [Fact]
    public void A_request_received_on_the_last_day_of_January_runs_through_a_short_February()
    {
        var deadline = ResponseDeadline.Start(Utc(2027, 1, 31), Policy);

        Assert.Equal(Day(2027, 3, 17), deadline.DueOn);
    }

    [Fact]
    public void A_leap_year_February_has_29_days_to_count()
    {
        var deadline = ResponseDeadline.Start(Utc(2028, 1, 20), Policy);

        Assert.Equal(Day(2028, 3, 5), deadline.DueOn);
    }

    [Fact]
    public void The_day_of_receipt_is_the_utc_day_whatever_the_hour()
    {
        var lateEvening = ResponseDeadline.Start(new DateTime(2026, 6, 30, 23, 59, 59, DateTimeKind.Utc), Policy);
        var justAfterMidnight = ResponseDeadline.Start(new DateTime(2026, 7, 1, 0, 0, 1, DateTimeKind.Utc), Policy);

        Assert.Equal(Day(2026, 8, 14), lateEvening.DueOn);
        Assert.Equal(Day(2026, 8, 15), justAfterMidnight.DueOn);
    }

    [Fact]
    public void The_response_days_are_configurable()
    {
        var deadline = ResponseDeadline.Start(Utc(2026, 1, 1), Policy with { ResponseDays = 30 });

        Assert.Equal(Day(2026, 1, 31), deadline.DueOn);
    }

    [Fact]
    public void A_pause_of_ten_days_moves_the_due_date_by_ten_days()
    {
        var deadline = ResponseDeadline.Start(Utc(2026, 11, 2), Policy);

        deadline.Pause(Utc(2026, 11, 10));
        deadline.Resume(Utc(2026, 11, 20));

        Assert.Equal(10, deadline.PausedDays);
        Assert.Equal(Day(2026, 12, 27), deadline.DueOn);
    }

    [Fact]
    public void Two_pauses_add_up()
    {
        var deadline = ResponseDeadline.Start(Utc(2026, 11, 2), Policy);

        deadline.Pause(Utc(2026, 11, 3));
        deadline.Resume(Utc(2026, 11, 6));
        deadline.Pause(Utc(2026, 11, 20));
        deadline.Resume(Utc(2026, 11, 27));

        Assert.Equal(10, deadline.PausedDays);
        Assert.Equal(Day(2026, 12, 27), deadline.DueOn);
    }

    [Fact]
    public void A_pause_resumed_the_same_day_costs_no_days()
    {
        var deadline = ResponseDeadline.Start(Utc(2026, 11, 2), Policy);

        deadline.Pause(Utc(2026, 11, 10, 9));
        deadline.Resume(Utc(2026, 11, 10, 17));

        Assert.Equal(Day(2026, 12, 17), deadline.DueOn);
    }

    [Fact]
    public void While_paused_the_due_date_is_unknown_and_the_days_left_are_frozen()
    {
        var deadline = ResponseDeadline.Start(Utc(2026, 11, 2), Policy);

        deadline.Pause(Utc(2026, 11, 12));

        Assert.True(deadline.IsPaused);
        Assert.Null(deadline.DueOn);
        Assert.Equal(DeadlineStanding.Paused, deadline.StandingAt(Utc(2027, 6, 1)));
        Assert.Equal(35, deadline.DaysRemaining(Utc(2026, 11, 12)));
        Assert.Equal(35, deadline.DaysRemaining(Utc(2027, 6, 1)));
    }

    [Fact]
    public void After_a_long_pause_the_remaining_time_resumes_where_it_stopped()
    {
        var deadline = ResponseDeadline.Start(Utc(2026, 11, 2), Policy);
        deadline.Pause(Utc(2026, 11, 12));

        deadline.Resume(Utc(2027, 2, 1));

        Assert.Equal(35, deadline.DaysRemaining(Utc(2027, 2, 1)));
        Assert.Equal(Day(2027, 3, 8), deadline.DueOn);
    }

    [Fact]
    public void Pausing_twice_without_resuming_breaks_a_rule()
    {
        var deadline = ResponseDeadline.Start(Utc(2026, 11, 2), Policy);
        deadline.Pause(Utc(2026, 11, 3));

        var broken = Assert.Throws<BusinessRuleBrokenException>(() => deadline.Pause(Utc(2026, 11, 4)));

        Assert.Equal("DEADLINE_ALREADY_PAUSED", broken.Rule.Code);
    }

    [Fact]
    public void Resuming_a_running_deadline_breaks_a_rule()
    {
        var deadline = ResponseDeadline.Start(Utc(2026, 11, 2), Policy);

        var broken = Assert.Throws<BusinessRuleBrokenException>(() => deadline.Resume(Utc(2026, 11, 4)));

        Assert.Equal("DEADLINE_NOT_PAUSED", broken.Rule.Code);
    }

    [Fact]
    public void A_pause_dated_before_the_receipt_or_a_resumption_before_its_pause_is_refused()
    {
        var deadline = ResponseDeadline.Start(Utc(2026, 11, 2), Policy);

        Assert.Equal("DEADLINE_CHANGE_OUT_OF_ORDER", Assert.Throws<BusinessRuleBrokenException>(() => deadline.Pause(Utc(2026, 11, 1))).Rule.Code);

        deadline.Pause(Utc(2026, 11, 10));
        Assert.Equal("DEADLINE_CHANGE_OUT_OF_ORDER", Assert.Throws<BusinessRuleBrokenException>(() => deadline.Resume(Utc(2026, 11, 9))).Rule.Code);
        Assert.True(deadline.IsPaused);
    }

    [Fact]
    public void An_extension_moves_the_due_date_and_keeps_its_reason()
    {
        var deadline = ResponseDeadline.Start(Utc(2026, 11, 2), Policy);

        deadline.Extend(14, "  Request covers ten years of fax records  ", Utc(2026, 12, 1));

        Assert.Equal(Day(2026, 12, 31), deadline.DueOn);
        var extension = Assert.Single(deadline.Extensions);
        Assert.Equal("Request covers ten years of fax records", extension.Reason);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void An_extension_without_a_reason_is_refused(string? reason)
    {
        var deadline = ResponseDeadline.Start(Utc(2026, 11, 2), Policy);

        var broken = Assert.Throws<BusinessRuleBrokenException>(() => deadline.Extend(10, reason, Utc(2026, 11, 5)));

        Assert.Equal("DEADLINE_EXTENSION_NEEDS_REASON", broken.Rule.Code);
        Assert.Empty(deadline.Extensions);
        Assert.Equal(Day(2026, 12, 17), deadline.DueOn);
    }

    [Fact]
    public void Extensions_together_cannot_pass_the_cap()
    {
        var deadline = ResponseDeadline.Start(Utc(2026, 11, 2), Policy with { MaxExtensionDays = 30 });
        deadline.Extend(20, "Complex request", Utc(2026, 11, 5));

        var broken = Assert.Throws<BusinessRuleBrokenException>(() => deadline.Extend(11, "Still complex", Utc(2026, 11, 6)));
        deadline.Extend(10, "Still complex", Utc(2026, 11, 6));

        Assert.Equal("DEADLINE_EXTENSION_OUT_OF_RANGE", broken.Rule.Code);
        Assert.Equal(30, deadline.ExtendedDays);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void An_extension_of_no_days_or_fewer_is_refused(int days)
    {
        var deadline = ResponseDeadline.Start(Utc(2026, 11, 2), Policy);

        Assert.Equal("DEADLINE_EXTENSION_OUT_OF_RANGE", Assert.Throws<BusinessRuleBrokenException>(() => deadline.Extend(days, "Reason", Utc(2026, 11, 3))).Rule.Code);
    }

    [Fact]
    public void Days_remaining_count_down_to_zero_on_the_due_day_and_below_zero_when_overdue()
    {
        var deadline = ResponseDeadline.Start(Utc(2026, 11, 2), Policy);

        Assert.Equal(45, deadline.DaysRemaining(Utc(2026, 11, 2)));
        Assert.Equal(0, deadline.DaysRemaining(Utc(2026, 12, 17, 23)));
        Assert.Equal(-1, deadline.DaysRemaining(Utc(2026, 12, 18, 0)));
    }

    [Fact]
    public void The_standing_is_on_track_then_due_soon_then_overdue()
    {
        var deadline = ResponseDeadline.Start(Utc(2026, 11, 2), Policy);

        Assert.Equal(DeadlineStanding.OnTrack, deadline.StandingAt(Utc(2026, 12, 9)));
        Assert.Equal(DeadlineStanding.DueSoon, deadline.StandingAt(Utc(2026, 12, 10)));
        Assert.Equal(DeadlineStanding.DueSoon, deadline.StandingAt(Utc(2026, 12, 17)));
        Assert.Equal(DeadlineStanding.Overdue, deadline.StandingAt(Utc(2026, 12, 18)));
    }

    [Fact]
    public void A_pause_and_an_extension_combine_across_a_year_end()
    {
        var deadline = ResponseDeadline.Start(Utc(2026, 12, 1), Policy);

        deadline.Pause(Utc(2026, 12, 20));
        deadline.Resume(Utc(2027, 1, 4));
        deadline.Extend(7, "Awaiting archive restore", Utc(2027, 1, 10));

        Assert.Equal(Day(2027, 2, 6), deadline.DueOn);
    }

    [Fact]
    public void Pausing_after_the_due_day_leaves_the_request_overdue_from_the_day_it_missed()
    {
        var deadline = ResponseDeadline.Start(Utc(2026, 11, 2), Policy);

        deadline.Pause(Utc(2026, 12, 20));

        Assert.Equal(Day(2026, 12, 17), deadline.MissedDueOn);
        Assert.Equal(DeadlineStanding.Overdue, deadline.StandingAt(Utc(2026, 12, 20)));
        Assert.Equal(-3, deadline.DaysRemaining(Utc(2026, 12, 20)));
        deadline.Resume(Utc(2026, 12, 30));
        Assert.Equal(DeadlineStanding.Overdue, deadline.StandingAt(Utc(2026, 12, 30)));
    }

    [Fact]
    public void An_extension_granted_after_the_due_day_does_not_make_the_request_due_soon()
    {
        var deadline = ResponseDeadline.Start(Utc(2026, 11, 2), Policy);

        deadline.Extend(30, "complex", Utc(2026, 12, 20));

        Assert.Equal(Day(2027, 1, 16), deadline.DueOn);
        Assert.Equal(Day(2026, 12, 17), deadline.MissedDueOn);
        Assert.Equal(Day(2026, 12, 17), deadline.StatutoryDueOn);
        Assert.Equal(DeadlineStanding.Overdue, deadline.StandingAt(Utc(2026, 12, 20)));
    }

    [Fact]
    public void A_pause_or_extension_before_the_due_day_misses_nothing()
    {
        var deadline = ResponseDeadline.Start(Utc(2026, 11, 2), Policy);

        deadline.Pause(Utc(2026, 12, 10));
        deadline.Resume(Utc(2026, 12, 20));
        deadline.Extend(10, "complex", Utc(2026, 12, 27));
        deadline.Pause(Utc(2027, 1, 5));

        Assert.Null(deadline.MissedDueOn);
        Assert.Equal(DeadlineStanding.Paused, deadline.StandingAt(Utc(2027, 1, 30)));
        Assert.Equal(Day(2026, 12, 17), deadline.StatutoryDueOn);
    }

    [Fact]
    public void An_extension_while_the_clock_stands_still_misses_nothing()
    {
        var deadline = ResponseDeadline.Start(Utc(2026, 11, 2), Policy);

        deadline.Pause(Utc(2026, 12, 10));
        deadline.Extend(10, "complex", Utc(2026, 12, 25));

        Assert.Null(deadline.MissedDueOn);
    }
}
