using System.Buffers;
using Groupus.Fax.Modems.Serial;

namespace Groupus.FaxGateway.Tests.Support.FaultyLine;

/// <summary>The DLE shielding of Class 1 received data: DLE DLE is one DLE, DLE SUB two, DLE ETX the end.</summary>
internal static class DleShielding
{
    /// <summary>The octets of a shielded stream up to its DLE ETX.</summary>
    public static byte[] Remove(ReadOnlySpan<byte> shielded)
    {
        var data = new List<byte>(shielded.Length);
        for (var i = 0; i < shielded.Length; i++)
        {
            if (shielded[i] != Dle.DataLinkEscape || i + 1 == shielded.Length)
            {
                data.Add(shielded[i]);
                continue;
            }

            var next = shielded[++i];
            if (next == Dle.EndOfText)
            {
                break;
            }

            data.Add(Dle.DataLinkEscape);
            if (next == Dle.Substitute)
            {
                data.Add(Dle.DataLinkEscape);
            }
            else if (next != Dle.DataLinkEscape)
            {
                data.Add(next);
            }
        }

        return [.. data];
    }

    /// <summary>The octets shielded again and ended with DLE ETX.</summary>
    public static byte[] Apply(ReadOnlySpan<byte> data)
    {
        var output = new ArrayBufferWriter<byte>(data.Length + 16);
        Dle.Stuff(data, output);
        output.Write([Dle.DataLinkEscape, Dle.EndOfText]);
        return output.WrittenSpan.ToArray();
    }
}
