namespace Groupus.Fax.T38;

/// <summary>An IFP delivered in sequence order by <see cref="UdptlReceiveWindow"/>.</summary>
public sealed record ReceivedIfp(ushort SequenceNumber, ReadOnlyMemory<byte> Ifp, IfpOrigin Origin);
