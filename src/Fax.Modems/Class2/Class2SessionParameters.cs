using System.Globalization;
using Groupus.Fax.T30;

namespace Groupus.Fax.Modems.Class2;

/// <summary>
/// The T.32 session parameter list <c>vr,br,wd,ln,df,ec,bf,st</c> used by +FCC/+FIS/+FCS (and +FDCC/+FDIS/+FDCS).
/// As capabilities (+FCC, a remote's +FIS) each value is the best the station can do; in +FCS it is what is in force.
/// </summary>
/// <param name="VerticalResolution">vr: 0 = 3.85 lines/mm (normal), 1 = 7.7 lines/mm (fine).</param>
/// <param name="BitRateCode">br: 0..5 = 2400, 4800, 7200, 9600, 12000, 14400 bit/s.</param>
/// <param name="WidthCode">wd: 0 = 1728, 1 = 2048, 2 = 2432 pixels.</param>
/// <param name="LengthCode">ln: 0 = A4, 1 = B4, 2 = unlimited.</param>
/// <param name="DataFormat">df: 0 = MH, 1 = MR, 2 = uncompressed, 3 = MMR.</param>
/// <param name="ErrorCorrection">ec: 0 = none (the only value this gateway uses with Class 2).</param>
/// <param name="FileTransfer">bf: 0 = no binary file transfer.</param>
/// <param name="ScanTimeCode">st: 0..7 = 0, 5, 10, 10/5, 20, 20/10, 40, 40/20 ms minimum scan-line time.</param>
public sealed record Class2SessionParameters(
    int VerticalResolution,
    int BitRateCode,
    int WidthCode,
    int LengthCode,
    int DataFormat,
    int ErrorCorrection,
    int FileTransfer,
    int ScanTimeCode)
{
    private static readonly int[] BitRates = [2400, 4800, 7200, 9600, 12000, 14400];
    private static readonly int[] ScanTimes = [0, 5, 10, 10, 20, 20, 40, 40];

    /// <summary>Fine resolution, V.17 14400, A4, unlimited length, MR, no ECM, 0 ms: what the gateway offers.</summary>
    public static Class2SessionParameters GatewayDefault { get; } = new(1, 5, 0, 2, 1, 0, 0, 0);

    public int BitRate => BitRates[Math.Clamp(BitRateCode, 0, BitRates.Length - 1)];

    public int Width => WidthCode switch { 1 => 2048, 2 => 2432, _ => 1728 };

    public Resolution Resolution => (VerticalResolution & 1) == 1 ? Resolution.Fine : Resolution.Standard;

    public ImageCoding Coding => DataFormat switch { 1 => ImageCoding.MR, 3 => ImageCoding.MMR, _ => ImageCoding.MH };

    public int MinimumScanLineTimeMs => ScanTimes[Math.Clamp(ScanTimeCode, 0, ScanTimes.Length - 1)];

    public static int BitRateCodeFor(int bitRate)
    {
        var index = Array.FindLastIndex(BitRates, rate => rate <= bitRate);
        return Math.Max(index, 0);
    }

    /// <summary>Parses <c>1,5,0,2,0,0,0,0</c> (extra values such as jp are ignored; missing ones read as 0).</summary>
    public static bool TryParse(string text, out Class2SessionParameters parameters)
    {
        parameters = GatewayDefault;
        var values = new int[8];
        var parts = text.Trim().Trim('(', ')').Split(',');
        if (parts.Length < 2)
        {
            return false;
        }

        for (var i = 0; i < Math.Min(parts.Length, values.Length); i++)
        {
            var part = parts[i].Trim();
            if (part.Length == 0)
            {
                continue;
            }

            if (!int.TryParse(part, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out values[i]))
            {
                return false;
            }
        }

        parameters = new(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7]);
        return true;
    }

    /// <summary>What a caller wanting <paramref name="wanted"/> gets from a receiver able to do <paramref name="remote"/>.</summary>
    public static Class2SessionParameters Negotiate(Class2SessionParameters wanted, Class2SessionParameters remote) => new(
        wanted.VerticalResolution & remote.VerticalResolution & 1,
        Math.Min(wanted.BitRateCode, remote.BitRateCode),
        Math.Min(wanted.WidthCode, remote.WidthCode),
        Math.Min(wanted.LengthCode, remote.LengthCode),
        Math.Min(Math.Min(wanted.DataFormat, remote.DataFormat), 1),
        0,
        0,
        Math.Max(wanted.ScanTimeCode, remote.ScanTimeCode));

    public Class2SessionParameters WithResolution(Resolution resolution) =>
        this with { VerticalResolution = resolution == Resolution.Standard ? 0 : 1 };

    public string Format() => string.Join(',', VerticalResolution, BitRateCode, WidthCode, LengthCode, DataFormat, ErrorCorrection, FileTransfer, ScanTimeCode);

    public override string ToString() =>
        $"{(Resolution == Resolution.Fine ? "fine" : "normal")}, {BitRate} bit/s, {Width} px, {Coding}, "
        + $"{(ErrorCorrection == 0 ? "no ECM" : "ECM")}, scan time {MinimumScanLineTimeMs} ms";
}
