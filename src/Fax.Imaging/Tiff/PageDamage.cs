namespace Groupus.Fax.Imaging.Tiff;

/// <summary>What is wrong with a page's fax strips, gathered row by row, in one sentence for whoever gave us the file.</summary>
internal sealed class PageDamage(int height)
{
    private int _corruptRows;
    private int _firstCorruptRow = -1;
    private int _firstMissingRow = -1;
    private (int Read, int Size)? _fileEnd;

    public bool TruncatedFile => _fileEnd is not null;

    /// <summary>The file ends inside a strip that should hold <paramref name="size"/> bytes; <paramref name="read"/> are there.</summary>
    public void FileEnds(int read, int size) => _fileEnd = (read, size);

    /// <summary>Row <paramref name="y"/> (0-based) did not decode: its codes are corrupt, or the data ended before it.</summary>
    public void Row(int y, bool missing)
    {
        // Once the file has ended every row after is missing, the row cut in two included.
        if (missing || TruncatedFile)
        {
            if (_firstMissingRow < 0)
            {
                _firstMissingRow = y;
            }

            return;
        }

        _corruptRows++;
        if (_firstCorruptRow < 0)
        {
            _firstCorruptRow = y;
        }
    }

    /// <returns>Null when nothing is wrong.</returns>
    public string? Describe(FaxEncoding encoding, int width)
    {
        if (_fileEnd is { } end)
        {
            var from = _firstMissingRow < 0 ? height : _firstMissingRow + 1;
            return $"the file ends inside its image data ({end.Read} of {end.Size} bytes of a strip are there): "
                + $"rows {from} to {height} are missing. The file is truncated.";
        }

        var missing = _firstMissingRow < 0 ? string.Empty : $"; its image data stops before row {_firstMissingRow + 1}";
        if (_corruptRows > 0)
        {
            return $"{_corruptRows} of its {height} rows do not decode to {width} pixels (the first is row {_firstCorruptRow + 1}){missing}. "
                + $"Its {encoding.ToString().ToUpperInvariant()} image data is corrupt.";
        }

        return _firstMissingRow < 0
            ? null
            : $"its image data ends after row {_firstMissingRow} of {height}: rows {_firstMissingRow + 1} to {height} are missing. "
                + "The file is truncated or damaged.";
    }
}
