namespace Groupus.Fax.T38;

/// <summary>How long a receive window waits for a missing IFP.</summary>
public sealed record UdptlReceiveWindowOptions
{
    /// <summary>
    /// A gap is given up (counted lost) once a datagram this many sequence numbers past it has arrived without filling it.
    /// With FEC the window waits at least span x entries, the distance a parity entry can reach back.
    /// </summary>
    public int ReorderDepth { get; init; } = 3;

    /// <summary>A jump of more than this many sequence numbers either way is a restart of the stream, not loss.</summary>
    public int MaximumJump { get; init; } = 2000;
}
