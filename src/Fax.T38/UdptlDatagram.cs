namespace Groupus.Fax.T38;

/// <summary>A datagram ready for the socket: its bytes, its sequence number and how many recovery entries it carries.</summary>
public sealed record UdptlDatagram(ushort SequenceNumber, byte[] Bytes, int RecoveryEntries);
