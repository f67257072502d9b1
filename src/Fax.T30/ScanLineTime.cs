namespace Groupus.Fax.T30;

/// <summary>
/// Minimum scan line time codes (DIS/DCS bits 21-23, with bit 46 for superfine). Codes are the value of bits
/// 21..23 with bit 21 least significant.
/// </summary>
public static class ScanLineTime
{
    // DIS code -> receiver's minimum time at 3.85 lines/mm, and whether T7.7 = 1/2 T3.85.
    private static readonly int[] DisNormalMs = [20, 5, 10, 20, 40, 40, 10, 0];
    private static readonly bool[] DisHalfAtFine = [false, false, false, true, false, true, true, false];

    /// <summary>The times a DCS can state, in milliseconds.</summary>
    public static IReadOnlyList<int> DcsTimesMs { get; } = [0, 5, 10, 20, 40];

    public static int DisNormalTimeMs(int disCode) => DisNormalMs[disCode & 7];

    public static bool DisHalfTimeAtFine(int disCode) => DisHalfAtFine[disCode & 7];

    public static int EncodeDis(int normalMs, bool halfAtFine)
    {
        return (normalMs, halfAtFine) switch
        {
            (<= 0, _) => 7,
            (<= 5, _) => 1,
            (<= 10, false) => 2,
            (<= 10, true) => 6,
            (<= 20, false) => 0,
            (<= 20, true) => 3,
            (_, false) => 4,
            (_, true) => 5,
        };
    }

    public static int EncodeDcs(int ms) => RoundUpToDcs(ms) switch
    {
        0 => 7,
        5 => 1,
        10 => 2,
        20 => 0,
        _ => 4,
    };

    public static int DecodeDcs(int dcsCode) => (dcsCode & 7) switch
    {
        7 => 0,
        1 => 5,
        2 => 10,
        4 => 40,
        _ => 20,
    };

    /// <summary>The smallest time a DCS can state that is not shorter than <paramref name="ms"/>.</summary>
    public static int RoundUpToDcs(double ms)
    {
        foreach (var t in DcsTimesMs)
        {
            if (t >= ms)
            {
                return t;
            }
        }

        return 40;
    }
}
