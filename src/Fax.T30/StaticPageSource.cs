namespace Groupus.Fax.T30;

/// <summary>A page source over already-coded page images, returned as-is whatever the parameters.</summary>
public sealed class StaticPageSource(IReadOnlyList<(PageFormat Format, byte[] Data)> pages) : IPageSource
{
    public int PageCount => pages.Count;

    public PageFormat GetFormat(int pageIndex) => pages[pageIndex].Format;

    public ReadOnlyMemory<byte> GetPageData(int pageIndex, DigitalCommandSignal parameters) => pages[pageIndex].Data;
}
