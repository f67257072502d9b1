namespace Groupus.Fax.T38;

/// <summary>
/// <c>fec-info</c>: parity FEC. Entry <c>m</c> of the packet with sequence number <c>s</c> is the XOR of the IFPs of
/// <c>s + m - k * Entries.Count</c> for <c>k = 1..Span</c>, each zero-padded to the longest (the layout spandsp and
/// Asterisk use).
/// </summary>
public sealed record UdptlFec(int Span, IReadOnlyList<ReadOnlyMemory<byte>> Entries) : UdptlErrorRecovery
{
    public bool Equals(UdptlFec? other) =>
        other is not null && Span == other.Span && Entries.Count == other.Entries.Count
        && Entries.Zip(other.Entries).All(pair => pair.First.Span.SequenceEqual(pair.Second.Span));

    public override int GetHashCode() => HashCode.Combine(Span, Entries.Count);
}
