using Groupus.Domain.Fax;

namespace Groupus.UnitTests.Fax;

public sealed class GatewayLeaseRenewalTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(10);

    [Fact]
    public void A_gateways_leases_are_renewed_once_half_a_heartbeat_has_passed_since_the_last_renewal()
    {
        var renewal = new GatewayLeaseRenewal(Heartbeat, Start);

        var atHalf = renewal.IsDueAt(Start.AddSeconds(5));
        var pastHalf = renewal.IsDueAt(Start.AddSeconds(5.001));
        renewal.Renewed(Start.AddSeconds(6));

        Assert.False(atHalf);
        Assert.True(pastHalf);
        Assert.False(renewal.IsDueAt(Start.AddSeconds(11)));
        Assert.True(renewal.IsDueAt(Start.AddSeconds(11.001)));
    }
}
