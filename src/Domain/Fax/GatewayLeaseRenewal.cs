namespace Groupus.Domain.Fax;

/// <summary>
/// When a gateway's leases are renewed. Any message from a gateway proves it alive, so every lease it holds is renewed
/// at most twice a heartbeat interval: a long page on one line is not lost while its other lines keep the link too
/// busy for heartbeats, and a chatty link does not write a renewal per message.
/// </summary>
public sealed class GatewayLeaseRenewal(TimeSpan heartbeatInterval, DateTimeOffset renewedAt)
{
    public DateTimeOffset RenewedAt { get; private set; } = renewedAt;

    public bool IsDueAt(DateTimeOffset now) => now - RenewedAt > heartbeatInterval / 2;

    public void Renewed(DateTimeOffset at) => RenewedAt = at;
}
