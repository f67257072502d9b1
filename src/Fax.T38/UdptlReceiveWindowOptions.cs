namespace Groupus.Fax.T38;

/// <summary>How long a receive window waits for a missing IFP.</summary>
public sealed record UdptlReceiveWindowOptions
{
    /// <summary>
    /// A gap is given up (counted lost) when more than this many later datagrams have arrived without filling it: a
    /// datagram delayed by up to this many places still arrives in time. Counted in arrivals, not sequence numbers, so
    /// losses around a reordered datagram do not shorten the wait. With FEC the window waits at least span x entries.
    /// </summary>
    public int ReorderDepth { get; init; } = 3;

    /// <summary>A jump of more than this many sequence numbers either way is a restart of the stream, not loss.</summary>
    public int MaximumJump { get; init; } = 2000;
}
