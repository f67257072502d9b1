namespace Groupus.Fax.T38;

/// <summary>XOR parity over octet strings of different lengths (each zero-padded to the longest).</summary>
internal static class Parity
{
    public static byte[] Xor(IEnumerable<ReadOnlyMemory<byte>> items)
    {
        var list = items.ToList();
        var result = new byte[list.Count == 0 ? 0 : list.Max(item => item.Length)];
        foreach (var item in list)
        {
            var span = item.Span;
            for (int i = 0; i < span.Length; i++)
            {
                result[i] ^= span[i];
            }
        }

        return result;
    }
}
