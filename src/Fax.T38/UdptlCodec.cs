namespace Groupus.Fax.T38;

/// <summary>
/// Encodes and decodes UDPTL datagrams (aligned PER of T.38 Annex A):
/// <code>
/// UDPTLPacket ::= SEQUENCE {
///   seq-number          INTEGER (0..65535),                               -- two octets
///   primary-ifp-packet  TYPE-IDENTIFIER.&amp;Type(IFPPacket),            -- open type: length + octets
///   error-recovery      CHOICE {                                          -- one bit, then octet alignment
///     secondary-ifp-packets SEQUENCE OF TYPE-IDENTIFIER.&amp;Type(IFPPacket),   -- count, then open types
///     fec-info SEQUENCE { fec-npackets INTEGER, fec-data SEQUENCE OF OCTET STRING } } }
/// </code>
/// The IFPs are carried as opaque octets; <see cref="IfpCodec"/> decodes them.
/// </summary>
public static class UdptlCodec
{
    /// <summary>A bound on redundancy and FEC entries per datagram (real peers send at most a handful).</summary>
    public const int MaximumEntries = 32;

    /// <summary>A bound on a FEC span.</summary>
    public const int MaximumFecSpan = 32;

    public static byte[] Encode(UdptlPacket packet)
    {
        var writer = new PerWriter();
        writer.WriteBits(packet.SequenceNumber, 16);
        writer.WriteLength(packet.PrimaryIfp.Length);
        writer.WriteOctets(packet.PrimaryIfp.Span);
        switch (packet.ErrorRecovery)
        {
            case UdptlRedundancy redundancy:
                writer.WriteBit(false);
                writer.WriteLength(redundancy.SecondaryIfps.Count);
                foreach (var secondary in redundancy.SecondaryIfps)
                {
                    writer.WriteLength(secondary.Length);
                    writer.WriteOctets(secondary.Span);
                }

                break;
            case UdptlFec fec:
                writer.WriteBit(true);
                // fec-npackets, an unconstrained INTEGER: a length octet and the minimal two's complement octets.
                writer.WriteLength(1);
                writer.WriteBits(fec.Span, 8);
                writer.WriteLength(fec.Entries.Count);
                foreach (var entry in fec.Entries)
                {
                    writer.WriteLength(entry.Length);
                    writer.WriteOctets(entry.Span);
                }

                break;
            default:
                throw new ArgumentException("Unknown error recovery.", nameof(packet));
        }

        return writer.ToArray();
    }

    public static bool TryDecode(ReadOnlySpan<byte> datagram, out UdptlPacket? packet, out T38DecodeError? error)
    {
        packet = null;
        var reader = new PerReader(datagram);
        if (!reader.TryReadBits(16, out int sequenceNumber))
        {
            error = Truncated("seq-number");
            return false;
        }

        if (!reader.TryReadLength(out int primaryLength) || !reader.TryReadOctets(primaryLength, out var primary))
        {
            error = Truncated("primary-ifp-packet");
            return false;
        }

        if (primaryLength == 0)
        {
            error = new T38DecodeError(T38DecodeErrorKind.LengthOutOfRange, "an empty primary IFP");
            return false;
        }

        if (!reader.TryReadBit(out bool isFec))
        {
            error = Truncated("error-recovery");
            return false;
        }

        UdptlErrorRecovery recovery;
        if (isFec)
        {
            if (!TryReadFec(ref reader, out var fec, out error))
            {
                return false;
            }

            recovery = fec!;
        }
        else
        {
            if (!TryReadEntries(ref reader, "secondary-ifp-packets", out var secondaries, out error))
            {
                return false;
            }

            recovery = secondaries.Count == 0 ? UdptlRedundancy.None : new UdptlRedundancy(secondaries);
        }

        if (reader.OctetsConsumed != datagram.Length)
        {
            error = new T38DecodeError(T38DecodeErrorKind.TrailingData, $"{datagram.Length - reader.OctetsConsumed} octets after the UDPTL packet");
            return false;
        }

        packet = new UdptlPacket((ushort)sequenceNumber, primary.ToArray(), recovery);
        error = null;
        return true;
    }

    private static bool TryReadFec(ref PerReader reader, out UdptlFec? fec, out T38DecodeError? error)
    {
        fec = null;
        if (!reader.TryReadLength(out int spanOctets) || !reader.TryReadOctets(spanOctets, out var spanValue))
        {
            error = Truncated("fec-npackets");
            return false;
        }

        if (spanOctets is < 1 or > 2 || (sbyte)spanValue[0] < 0)
        {
            error = new T38DecodeError(T38DecodeErrorKind.LengthOutOfRange, "fec-npackets");
            return false;
        }

        int span = 0;
        foreach (byte octet in spanValue)
        {
            span = (span << 8) | octet;
        }

        if (span is < 1 or > MaximumFecSpan)
        {
            error = new T38DecodeError(T38DecodeErrorKind.LengthOutOfRange, $"fec-npackets {span}");
            return false;
        }

        if (!TryReadEntries(ref reader, "fec-data", out var entries, out error))
        {
            return false;
        }

        fec = new UdptlFec(span, entries);
        return true;
    }

    private static bool TryReadEntries(ref PerReader reader, string what, out IReadOnlyList<ReadOnlyMemory<byte>> entries, out T38DecodeError? error)
    {
        entries = [];
        if (!reader.TryReadLength(out int count))
        {
            error = Truncated(what);
            return false;
        }

        if (count > MaximumEntries)
        {
            error = new T38DecodeError(T38DecodeErrorKind.LengthOutOfRange, $"{count} {what}");
            return false;
        }

        var list = new List<ReadOnlyMemory<byte>>(count);
        for (int i = 0; i < count; i++)
        {
            if (!reader.TryReadLength(out int length) || !reader.TryReadOctets(length, out var octets))
            {
                error = Truncated(what);
                return false;
            }

            list.Add(octets.ToArray());
        }

        entries = list;
        error = null;
        return true;
    }

    private static T38DecodeError Truncated(string what) => new(T38DecodeErrorKind.Truncated, $"the datagram ends inside {what}");
}
