namespace Groupus.Fax.T38;

/// <summary>One UDPTL datagram (T.38 Annex A <c>UDPTLPacket</c>): sequence number, primary IFP, error recovery.</summary>
public sealed record UdptlPacket(ushort SequenceNumber, ReadOnlyMemory<byte> PrimaryIfp, UdptlErrorRecovery ErrorRecovery)
{
    public bool Equals(UdptlPacket? other) =>
        other is not null && SequenceNumber == other.SequenceNumber && PrimaryIfp.Span.SequenceEqual(other.PrimaryIfp.Span)
        && ErrorRecovery.Equals(other.ErrorRecovery);

    public override int GetHashCode() => HashCode.Combine(SequenceNumber, PrimaryIfp.Length);
}
