namespace Groupus.Fax.T38.Tests.Terminal;

/// <summary>What a <see cref="UdpRelay"/> does to one direction: the share lost (in bursts of two), held back (up to 3 places) and sent twice.</summary>
public sealed record RelayFaults(double Loss = 0, double Reorder = 0, double Duplicate = 0)
{
    public static RelayFaults None { get; } = new();
}
