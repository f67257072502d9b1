namespace Groupus.Fax.Imaging;

/// <summary>Outcome of <see cref="FaxDecoder.ReadRow"/>.</summary>
public enum FaxRowResult
{
    /// <summary>The row decoded cleanly.</summary>
    Good,

    /// <summary>The row was corrupt (or coded against a corrupt row); the destination holds the substitute.</summary>
    Bad,

    /// <summary>No more rows: RTC/EOFB, end of data, or a row limit was reached. The destination is untouched.</summary>
    EndOfPage,
}
