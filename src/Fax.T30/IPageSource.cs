namespace Groupus.Fax.T30;

/// <summary>
/// Supplies the pages a caller sends. The engine treats page data as opaque: the image codec behind this
/// interface encodes the page for the negotiated coding, resolution, width and minimum scan line time.
/// </summary>
public interface IPageSource
{
    int PageCount { get; }

    /// <summary>The preferred format of page <paramref name="pageIndex"/> (0-based).</summary>
    PageFormat GetFormat(int pageIndex);

    /// <summary>The coded page image for the parameters in force.</summary>
    ReadOnlyMemory<byte> GetPageData(int pageIndex, DigitalCommandSignal parameters);
}
