namespace Groupus.Fax.T38;

/// <summary>
/// <c>secondary-ifp-packets</c>: copies of the IFPs sent before the primary one, most recent first
/// (entry 0 is the IFP of sequence number seq-1, entry 1 of seq-2, ...).
/// </summary>
public sealed record UdptlRedundancy(IReadOnlyList<ReadOnlyMemory<byte>> SecondaryIfps) : UdptlErrorRecovery
{
    public static UdptlRedundancy None { get; } = new([]);

    public bool Equals(UdptlRedundancy? other) =>
        other is not null && SecondaryIfps.Count == other.SecondaryIfps.Count
        && SecondaryIfps.Zip(other.SecondaryIfps).All(pair => pair.First.Span.SequenceEqual(pair.Second.Span));

    public override int GetHashCode() => SecondaryIfps.Count;
}
