using Groupus.Sip.Dialogs;

namespace Groupus.Sip.Tests.Dialogs;

public sealed class GlareRetryTests
{
    [Fact]
    public void The_owner_of_the_call_id_waits_2_1_to_4_seconds_and_the_other_side_0_to_2_in_10_ms_steps()
    {
        var random = new Random(491);
        var owner = Enumerable.Range(0, 5000).Select(_ => GlareRetry.Delay(true, random)).ToList();
        var other = Enumerable.Range(0, 5000).Select(_ => GlareRetry.Delay(false, random)).ToList();
        Assert.All(owner, d => Assert.InRange(d, TimeSpan.FromMilliseconds(2100), TimeSpan.FromSeconds(4)));
        Assert.All(other, d => Assert.InRange(d, TimeSpan.Zero, TimeSpan.FromSeconds(2)));
        Assert.All(owner.Concat(other), d => Assert.Equal(0, d.TotalMilliseconds % 10));
        Assert.Equal(TimeSpan.FromMilliseconds(2100), owner.Min());
        Assert.Equal(TimeSpan.FromSeconds(4), owner.Max());
        Assert.Equal(TimeSpan.Zero, other.Min());
        Assert.Equal(TimeSpan.FromSeconds(2), other.Max());
    }
}
