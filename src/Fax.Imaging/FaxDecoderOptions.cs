namespace Groupus.Fax.Imaging;

/// <summary>How <see cref="FaxDecoder"/> reads a coded page.</summary>
public sealed record FaxDecoderOptions
{
    public int Width { get; init; } = FaxPageWidth.A4;

    public FaxEncoding Encoding { get; init; } = FaxEncoding.Mh;

    public FillOrder FillOrder { get; init; } = FillOrder.MsbFirst;

    /// <summary>MH only: no EOLs, each row starts on a byte boundary (TIFF compression 2, "CCITT RLE").</summary>
    public bool ByteAlignedRowsWithoutEol { get; init; }

    /// <summary>Decoding stops after this many rows (bounds memory on garbage input).</summary>
    public int MaximumRows { get; init; } = 4000;

    /// <summary>When known (a TIFF strip's row count), the page is cut or padded with substituted bad rows to exactly this height.</summary>
    public int? ExpectedRows { get; init; }

    /// <summary>
    /// The most pixel memory one received page may take: 8 MiB, about 10 m of A4 paper at standard resolution and 5 m at
    /// fine. The gateway advertises unlimited page length; a page beyond this is refused (RTN), never cut and confirmed.
    /// </summary>
    public const int MaximumReceivedPageBytes = 8 * 1024 * 1024;

    /// <summary>The <see cref="MaximumRows"/> for a received page <paramref name="width"/> pixels wide (see <see cref="MaximumReceivedPageBytes"/>).</summary>
    public static int MaximumReceivedRows(int width) => MaximumReceivedPageBytes / ((Math.Max(width, 1) + 7) / 8);

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Width, 1, nameof(Width));
        ArgumentOutOfRangeException.ThrowIfNegative(MaximumRows, nameof(MaximumRows));
        if (ExpectedRows is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(ExpectedRows));
        }

        if (ByteAlignedRowsWithoutEol && Encoding != FaxEncoding.Mh)
        {
            throw new ArgumentException("Rows without EOL are only defined for MH.", nameof(ByteAlignedRowsWithoutEol));
        }
    }
}
