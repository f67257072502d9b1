using Groupus.Application.Identity.Passwords;

namespace Groupus.UnitTests.Accounts;

public sealed class SignInThrottleTests
{
    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void Each_failure_from_a_source_against_a_name_doubles_that_sources_wait_up_to_a_ceiling()
    {
        var throttle = new SignInThrottle(new Clock(DateTimeOffset.UnixEpoch));
        var delays = new List<TimeSpan>();
        for (var failure = 0; failure < 12; failure++)
        {
            delays.Add(throttle.DelayFor("10.0.0.1", "staff:admin"));
            throttle.RecordFailure("10.0.0.1", "staff:admin");
        }

        Assert.Equal(TimeSpan.Zero, delays[SignInThrottle.FreeFailuresPerName - 1]);
        Assert.Equal(TimeSpan.FromSeconds(1), delays[SignInThrottle.FreeFailuresPerName]);
        Assert.Equal(TimeSpan.FromSeconds(2), delays[SignInThrottle.FreeFailuresPerName + 1]);
        Assert.Equal(SignInThrottle.MaximumDelay, delays[^1]);
    }

    [Fact]
    public void Another_source_is_not_slowed_so_the_holder_is_never_kept_out()
    {
        var throttle = new SignInThrottle(new Clock(DateTimeOffset.UnixEpoch));
        for (var failure = 0; failure < 10; failure++)
        {
            throttle.RecordFailure("10.0.0.1", "staff:admin");
        }

        Assert.Equal(TimeSpan.Zero, throttle.DelayFor("10.0.0.2", "staff:admin"));
    }

    [Fact]
    public void A_success_clears_the_names_record_and_a_quiet_spell_forgets_it()
    {
        var clock = new Clock(DateTimeOffset.UnixEpoch);
        var throttle = new SignInThrottle(clock);
        for (var failure = 0; failure < 6; failure++)
        {
            throttle.RecordFailure("10.0.0.1", "staff:admin");
            throttle.RecordFailure("10.0.0.1", "staff:rita");
        }

        throttle.RecordSuccess("10.0.0.1", "staff:admin");
        var afterSuccess = throttle.DelayFor("10.0.0.1", "staff:admin");
        clock.Now += SignInThrottle.ForgetAfter;

        Assert.Equal(TimeSpan.Zero, afterSuccess);
        Assert.Equal(TimeSpan.Zero, throttle.DelayFor("10.0.0.1", "staff:rita"));
    }

    [Fact]
    public void A_source_spraying_many_names_is_slowed_on_every_name()
    {
        var throttle = new SignInThrottle(new Clock(DateTimeOffset.UnixEpoch));
        for (var name = 0; name < SignInThrottle.FreeFailuresPerSource + 2; name++)
        {
            throttle.RecordFailure("10.0.0.1", $"staff:user{name}");
        }

        Assert.True(throttle.DelayFor("10.0.0.1", "staff:someone-new") > TimeSpan.Zero);
    }
}
