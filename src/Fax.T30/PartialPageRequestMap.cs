namespace Groupus.Fax.T30;

/// <summary>
/// The 256-bit FIF of PPR: bit n (octet n / 8, bit n % 8, least significant first) set means frame n of the
/// partial page must be sent again.
/// </summary>
public sealed class PartialPageRequestMap
{
    public const int Octets = 32;
    private readonly byte[] bits = new byte[Octets];

    public PartialPageRequestMap()
    {
    }

    public PartialPageRequestMap(IEnumerable<int> frames)
    {
        foreach (var frame in frames)
        {
            this[frame] = true;
        }
    }

    public bool this[int frame]
    {
        get => (bits[frame >> 3] & (1 << (frame & 7))) != 0;
        set => bits[frame >> 3] = value ? (byte)(bits[frame >> 3] | (1 << (frame & 7))) : (byte)(bits[frame >> 3] & ~(1 << (frame & 7)));
    }

    /// <summary>The frames asked for, below <paramref name="frameCount"/>.</summary>
    public IReadOnlyList<int> Frames(int frameCount = 256) => Enumerable.Range(0, Math.Min(frameCount, 256)).Where(i => this[i]).ToList();

    public byte[] Encode() => (byte[])bits.Clone();

    public static PartialPageRequestMap Decode(ReadOnlySpan<byte> fif)
    {
        var map = new PartialPageRequestMap();
        fif[..Math.Min(fif.Length, Octets)].CopyTo(map.bits);
        return map;
    }
}
