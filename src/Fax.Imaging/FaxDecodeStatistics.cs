namespace Groupus.Fax.Imaging;

/// <summary>Per-page copy-quality figures from which T.30 chooses MCF, RTP or RTN.</summary>
/// <param name="TotalRows">Rows delivered, good and bad.</param>
/// <param name="BadRows">Rows that were corrupt, of the wrong length, or coded against a corrupt reference row.</param>
/// <param name="LongestBadRun">Most consecutive bad rows.</param>
/// <param name="EndOfPageFound">Whether RTC (T.4) or EOFB (T.6) was seen.</param>
/// <param name="Truncated">Whether decoding stopped at the maximum row count with data left.</param>
public readonly record struct FaxDecodeStatistics(int TotalRows, int BadRows, int LongestBadRun, bool EndOfPageFound, bool Truncated)
{
    /// <summary>Bad rows as a fraction of all rows (0 for an empty page).</summary>
    public double BadRowFraction => TotalRows == 0 ? 0 : (double)BadRows / TotalRows;
}
