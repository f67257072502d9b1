namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>
/// Changes the vertical resolution of a page that is already a 1728-pixel fax page without resampling: fine to
/// standard joins each pair of rows (a pixel stays black if either was, so thin lines survive), standard to fine
/// doubles each row, and a page at the wanted resolution is kept bit for bit.
/// </summary>
internal static class FaxRowConversion
{
    public static bool Applies(TiffPageInfo page, FaxPageFormat format) => Ratio(page, format) is not null;

    public static int Rows(TiffPageInfo page, FaxPageFormat format) => Ratio(page, format) switch
    {
        VerticalRatio.Halve => (page.Height + 1) / 2,
        VerticalRatio.Double => page.Height * 2,
        _ => page.Height,
    };

    public static BilevelPage Convert(BilevelPage source, TiffPageInfo info, FaxPageFormat format)
    {
        var ratio = Ratio(info, format) ?? throw new InvalidOperationException("The page needs resampling, not row conversion.");
        var page = new BilevelPage(source.Width, Rows(info, format), format.XDpi, format.YDpi);
        for (int y = 0; y < page.Height; y++)
        {
            var row = page.Row(y);
            switch (ratio)
            {
                case VerticalRatio.Same:
                    source.Row(y).CopyTo(row);
                    break;
                case VerticalRatio.Double:
                    source.Row(y / 2).CopyTo(row);
                    break;
                case VerticalRatio.Halve:
                    source.Row(2 * y).CopyTo(row);
                    if ((2 * y) + 1 < source.Height)
                    {
                        var second = source.Row((2 * y) + 1);
                        for (int i = 0; i < row.Length; i++)
                        {
                            row[i] |= second[i];
                        }
                    }

                    break;
            }
        }

        return page;
    }

    private static VerticalRatio? Ratio(TiffPageInfo page, FaxPageFormat format)
    {
        if (!page.IsBilevel || page.Width != format.Width || page.XDpi is { } x && Math.Abs(x - format.XDpi) > 4)
        {
            return null;
        }

        if (page.YDpi is not { } y)
        {
            return VerticalRatio.Same;
        }

        double ratio = y / format.YDpi;
        return ratio switch
        {
            > 0.9 and < 1.1 => VerticalRatio.Same,
            > 1.8 and < 2.2 => VerticalRatio.Halve,
            > 0.45 and < 0.55 => VerticalRatio.Double,
            _ => null,
        };
    }

    private enum VerticalRatio
    {
        Same,
        Halve,
        Double,
    }
}
