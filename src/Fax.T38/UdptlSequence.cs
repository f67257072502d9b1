namespace Groupus.Fax.T38;

/// <summary>UDPTL sequence numbers are 16 bits and wrap from 65535 to 0: they are compared modulo 2^16.</summary>
public static class UdptlSequence
{
    /// <summary>How far <paramref name="to"/> is after <paramref name="from"/>, in -32768..32767.</summary>
    public static int Distance(ushort from, ushort to) => (short)(ushort)(to - from);

    public static ushort Add(ushort sequenceNumber, int offset) => (ushort)(sequenceNumber + offset);
}
