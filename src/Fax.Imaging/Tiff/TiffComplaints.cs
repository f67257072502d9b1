namespace Groupus.Fax.Imaging.Tiff;

/// <summary>
/// The first thing libtiff said about one TIFF since it was last cleared, and what it means for a page, in our words:
/// libtiff's own text can name internals and is never shown or logged.
/// </summary>
public sealed class TiffComplaints
{
    private readonly Lock _gate = new();
    private string? _first;

    public bool Any
    {
        get
        {
            lock (_gate)
            {
                return _first is not null;
            }
        }
    }

    public void Add(string complaint)
    {
        lock (_gate)
        {
            _first ??= complaint;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _first = null;
        }
    }

    /// <summary>What is wrong, for "page N is damaged: …"; <paramref name="row"/> (1-based) where it is known.</summary>
    public string Describe(int? row)
    {
        string? first;
        lock (_gate)
        {
            first = _first;
        }

        string at = row is { } r ? $" at row {r}" : string.Empty;
        return first switch
        {
            null => $"its image data cannot be decoded{at}",
            _ when Says(first, "Read error") || Says(first, "Premature EOF") => "its data ends before the page does (the file is cut off or incomplete)",
            _ when Says(first, "Line length mismatch") => $"a row has the wrong length{at} (corrupt coded data)",
            _ when Says(first, "Premature EOL") => $"a row ends too early{at} (corrupt coded data)",
            _ when Says(first, "Bad code word") => $"it holds an invalid code{at} (corrupt coded data)",
            _ when Says(first, "Uncompressed data") => "it uses the uncompressed mode of fax coding, which is not supported",
            _ => $"its image data cannot be decoded{at}",
        };
    }

    private static bool Says(string complaint, string words) => complaint.Contains(words, StringComparison.OrdinalIgnoreCase);
}
