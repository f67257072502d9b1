using Groupus.Fax.Modems.Class1;
using Groupus.Fax.T30;

namespace Groupus.FaxGateway.Tests.Class1;

public sealed class T30TimerSetTests
{
    [Fact]
    public void Timers_expire_earliest_first_and_only_once()
    {
        var clock = new ManualClock();
        var timers = new T30TimerSet(clock);
        timers.Start(T30Timer.T1, TimeSpan.FromSeconds(35));
        timers.Start(T30Timer.T4, TimeSpan.FromSeconds(3));

        Assert.False(timers.TryTakeExpired(out _));
        Assert.Equal(TimeSpan.FromSeconds(3), timers.UntilNextExpiry());

        clock.Advance(TimeSpan.FromSeconds(40));

        Assert.True(timers.TryTakeExpired(out var first));
        Assert.True(timers.TryTakeExpired(out var second));
        Assert.False(timers.TryTakeExpired(out _));
        Assert.Equal((T30Timer.T4, T30Timer.T1), (first, second));
    }

    [Fact]
    public void A_stopped_timer_never_expires_and_a_restarted_one_runs_from_the_restart()
    {
        var clock = new ManualClock();
        var timers = new T30TimerSet(clock);
        timers.Start(T30Timer.T2, TimeSpan.FromSeconds(6));
        timers.Start(T30Timer.T4, TimeSpan.FromSeconds(3));
        timers.Stop(T30Timer.T2);
        clock.Advance(TimeSpan.FromSeconds(2));
        timers.Start(T30Timer.T4, TimeSpan.FromSeconds(3));
        clock.Advance(TimeSpan.FromSeconds(2));

        Assert.False(timers.AnyExpired);
        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.True(timers.TryTakeExpired(out var expired));
        Assert.Equal(T30Timer.T4, expired);
        Assert.True(timers.IsEmpty);
    }
}
