using System.Buffers.Binary;

namespace Groupus.Fax.T38.Tests.Support;

/// <summary>Writes UDP payloads as a classic pcap file (LINKTYPE_RAW, IPv4 127.0.0.1 → 127.0.0.1) for tshark to read.</summary>
internal static class Pcap
{
    private const int LinkTypeRawIp = 101;

    public static void Write(string path, int sourcePort, int destinationPort, IEnumerable<byte[]> payloads)
    {
        using var file = File.Create(path);
        Span<byte> header = stackalloc byte[24];
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0xA1B2C3D4);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], 2);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], 4);
        BinaryPrimitives.WriteUInt32LittleEndian(header[16..], 65535);
        BinaryPrimitives.WriteUInt32LittleEndian(header[20..], LinkTypeRawIp);
        file.Write(header);
        Span<byte> record = stackalloc byte[16];
        int index = 0;
        foreach (var payload in payloads)
        {
            byte[] packet = IpUdp(sourcePort, destinationPort, payload, (ushort)index);
            BinaryPrimitives.WriteUInt32LittleEndian(record, 1);
            BinaryPrimitives.WriteUInt32LittleEndian(record[4..], (uint)(index * 1000));
            BinaryPrimitives.WriteUInt32LittleEndian(record[8..], (uint)packet.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(record[12..], (uint)packet.Length);
            file.Write(record);
            file.Write(packet);
            index++;
        }
    }

    private static byte[] IpUdp(int sourcePort, int destinationPort, byte[] payload, ushort id)
    {
        var packet = new byte[28 + payload.Length];
        packet[0] = 0x45;
        BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(2), (ushort)packet.Length);
        BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(4), id);
        packet[8] = 64;
        packet[9] = 17;
        packet[12] = 127;
        packet[15] = 1;
        packet[16] = 127;
        packet[19] = 1;
        uint sum = 0;
        for (int i = 0; i < 20; i += 2)
        {
            sum += BinaryPrimitives.ReadUInt16BigEndian(packet.AsSpan(i));
        }

        sum = (sum & 0xFFFF) + (sum >> 16);
        sum = (sum & 0xFFFF) + (sum >> 16);
        BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(10), (ushort)~sum);
        BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(20), (ushort)sourcePort);
        BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(22), (ushort)destinationPort);
        BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(24), (ushort)(8 + payload.Length));
        payload.CopyTo(packet, 28);
        return packet;
    }
}
