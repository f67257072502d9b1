using System.Buffers;
using Groupus.Fax.Modems.Serial;

namespace Groupus.Fax.Modems.Class1;

/// <summary>
/// Reads DLE-shielded data from a modem after CONNECT: DLE DLE is one DLE, DLE SUB is two, DLE ETX ends the data;
/// any other DLE pair is dropped.
/// </summary>
public static class ShieldedDataReader
{
    /// <summary>
    /// Copies undoubled data into <paramref name="output"/> until DLE ETX. False when the port closed or the limit was
    /// hit first. <paramref name="observe"/> sees each undoubled octet as it is appended.
    /// </summary>
    public static async Task<bool> ReadUntilEndOfTextAsync(
        ModemChannel channel, ArrayBufferWriter<byte> output, int maxBytes, CancellationToken cancellationToken, Action<byte>? observe = null)
    {
        while (output.WrittenCount <= maxBytes)
        {
            // Buffered octets are returned without a look at the token: a deadline must still stop a busy stream.
            cancellationToken.ThrowIfCancellationRequested();
            var octet = await channel.ReadByteAsync(cancellationToken);
            if (octet < 0)
            {
                return false;
            }

            if (octet != Dle.DataLinkEscape)
            {
                Append(output, (byte)octet, observe);
                continue;
            }

            var escaped = await channel.ReadByteAsync(cancellationToken);
            switch (escaped)
            {
                case < 0:
                    return false;
                case Dle.EndOfText:
                    return true;
                case Dle.DataLinkEscape:
                    Append(output, Dle.DataLinkEscape, observe);
                    break;
                case Dle.Substitute:
                    Append(output, Dle.DataLinkEscape, observe);
                    Append(output, Dle.DataLinkEscape, observe);
                    break;
            }
        }

        return false;
    }

    private static void Append(ArrayBufferWriter<byte> output, byte octet, Action<byte>? observe)
    {
        output.GetSpan(1)[0] = octet;
        output.Advance(1);
        observe?.Invoke(octet);
    }
}
