namespace Groupus.Fax.T38.Terminal;

/// <summary>A received IFP; <paramref name="FollowsLoss"/> when IFPs before it were lost for good.</summary>
public sealed record IfpArrival(IfpPacket Packet, bool FollowsLoss = false);
