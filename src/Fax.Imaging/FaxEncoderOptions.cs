namespace Groupus.Fax.Imaging;

/// <summary>How <see cref="FaxEncoder"/> codes and frames a page.</summary>
public sealed record FaxEncoderOptions
{
    /// <summary>Pixels per scan line.</summary>
    public int Width { get; init; } = FaxPageWidth.A4;

    public FaxEncoding Encoding { get; init; } = FaxEncoding.Mh;

    /// <summary>MR only: one one-dimensional line followed by at most K-1 two-dimensional lines (2 at standard, 4 at fine resolution).</summary>
    public int K { get; init; } = 2;

    /// <summary>T.4 only: each coded line (EOL, tag, data, fill) takes at least this many bits; see <see cref="MinimumLineBitsFor"/>.</summary>
    public int MinimumLineBits { get; init; }

    /// <summary>T.4 only: add fill so every EOL ends on a byte boundary (TIFF Group3Options bit 2).</summary>
    public bool ByteAlignEol { get; init; }

    /// <summary>MH only: no EOLs, each row starts on a byte boundary (TIFF compression 2, "CCITT RLE").</summary>
    public bool ByteAlignedRowsWithoutEol { get; init; }

    /// <summary>End the page with RTC (T.4) or EOFB (T.6). TIFF strips leave RTC out.</summary>
    public bool WriteEndOfPage { get; init; } = true;

    public FillOrder FillOrder { get; init; } = FillOrder.MsbFirst;

    /// <summary>Minimum bits per coded line for a minimum scan-line time (0, 5, 10, 20 or 40 ms) at a bit rate: 10 ms at 9600 bit/s is 96 bits.</summary>
    public static int MinimumLineBitsFor(int scanLineTimeMilliseconds, int bitRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(scanLineTimeMilliseconds);
        ArgumentOutOfRangeException.ThrowIfNegative(bitRate);
        return (int)(((long)scanLineTimeMilliseconds * bitRate + 999) / 1000);
    }

    /// <summary>The T.4 K parameter for a vertical resolution: 2 standard, 4 fine, 8 superfine.</summary>
    public static int KFor(FaxVerticalResolution resolution) => resolution switch
    {
        FaxVerticalResolution.Standard => 2,
        FaxVerticalResolution.Fine => 4,
        _ => 8,
    };

    /// <summary>Options for sending a page over T.30 (non-ECM): LSB-first bytes, RTC, fill to the receiver's minimum scan-line time.</summary>
    public static FaxEncoderOptions ForT30(
        FaxEncoding encoding, int width, FaxVerticalResolution resolution, int bitRate, int minimumScanLineTimeMilliseconds) => new()
        {
            Width = width,
            Encoding = encoding,
            K = KFor(resolution),
            MinimumLineBits = encoding == FaxEncoding.Mmr ? 0 : MinimumLineBitsFor(minimumScanLineTimeMilliseconds, bitRate),
            FillOrder = FillOrder.LsbFirst,
            WriteEndOfPage = true,
        };

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Width, 1, nameof(Width));
        ArgumentOutOfRangeException.ThrowIfLessThan(K, 1, nameof(K));
        ArgumentOutOfRangeException.ThrowIfNegative(MinimumLineBits, nameof(MinimumLineBits));
        if (ByteAlignedRowsWithoutEol && Encoding != FaxEncoding.Mh)
        {
            throw new ArgumentException("Rows without EOL are only defined for MH.", nameof(ByteAlignedRowsWithoutEol));
        }
    }
}
