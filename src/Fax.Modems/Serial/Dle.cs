using System.Buffers;

namespace Groupus.Fax.Modems.Serial;

/// <summary>The DLE shielding that Class 1 and Class 2 modems use for binary data.</summary>
public static class Dle
{
    /// <summary>Data link escape: doubled inside data; with ETX it ends a data stream.</summary>
    public const byte DataLinkEscape = 0x10;

    /// <summary>End of text: DLE ETX ends page or frame data.</summary>
    public const byte EndOfText = 0x03;

    /// <summary>Class 1/2 modems send DLE SUB for two DLEs in received data.</summary>
    public const byte Substitute = 0x1A;

    /// <summary>DC2: the Class 2 host's go-ahead to start receiving page data.</summary>
    public const byte DeviceControl2 = 0x12;

    /// <summary>Copies data doubling every DLE, so it cannot be taken for a command.</summary>
    public static void Stuff(ReadOnlySpan<byte> data, IBufferWriter<byte> output)
    {
        foreach (var octet in data)
        {
            var span = output.GetSpan(2);
            span[0] = octet;
            if (octet == DataLinkEscape)
            {
                span[1] = DataLinkEscape;
                output.Advance(2);
            }
            else
            {
                output.Advance(1);
            }
        }
    }
}
