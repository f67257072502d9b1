namespace Groupus.Fax.T30;

/// <summary>
/// A data signalling rate as DCS bits 11-14 select it. <see cref="FallbackSequence"/> is the order in which a
/// transmitter steps down after FTT: V.17 14400 to 7200, then V.29 9600 and 7200, then V.27 ter 4800 and 2400.
/// </summary>
public sealed record SignallingRate(ModemType Modem, int BitRate, byte DcsRateBits)
{
    public static readonly SignallingRate V17_14400 = new(ModemType.V17, 14400, 0b1000);
    public static readonly SignallingRate V17_12000 = new(ModemType.V17, 12000, 0b1010);
    public static readonly SignallingRate V17_9600 = new(ModemType.V17, 9600, 0b1001);
    public static readonly SignallingRate V17_7200 = new(ModemType.V17, 7200, 0b1011);
    public static readonly SignallingRate V29_9600 = new(ModemType.V29, 9600, 0b0001);
    public static readonly SignallingRate V29_7200 = new(ModemType.V29, 7200, 0b0011);
    public static readonly SignallingRate V27ter_4800 = new(ModemType.V27ter, 4800, 0b0010);
    public static readonly SignallingRate V27ter_2400 = new(ModemType.V27ter, 2400, 0b0000);

    public static IReadOnlyList<SignallingRate> FallbackSequence { get; } =
    [
        V17_14400, V17_12000, V17_9600, V17_7200, V29_9600, V29_7200, V27ter_4800, V27ter_2400,
    ];

    /// <summary>
    /// The rate selected by DCS bits 11-14; <paramref name="rateBits"/> holds bit 11 as its least significant bit
    /// (so V.17 14400, written "0001" for bits 11..14 in Table 2, is 0b1000).
    /// </summary>
    public static SignallingRate? FromDcsRateBits(byte rateBits) =>
        FallbackSequence.FirstOrDefault(r => r.DcsRateBits == (rateBits & 0x0F));

    /// <summary>The next lower entry usable with <paramref name="common"/> modems, or null at the bottom.</summary>
    public SignallingRate? NextLower(ModemType common)
    {
        var index = IndexOf(this);
        for (var i = index + 1; i < FallbackSequence.Count; i++)
        {
            if ((FallbackSequence[i].Modem & common) != 0)
            {
                return FallbackSequence[i];
            }
        }

        return null;
    }

    public override string ToString() => $"{Modem} {BitRate} bit/s";

    private static int IndexOf(SignallingRate rate)
    {
        for (var i = 0; i < FallbackSequence.Count; i++)
        {
            if (FallbackSequence[i] == rate)
            {
                return i;
            }
        }

        throw new ArgumentException("Unknown signalling rate.", nameof(rate));
    }
}
