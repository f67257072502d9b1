namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>Produces the rows of a <see cref="GrayImage"/> scaled to a new size, top to bottom, keeping only a few source rows.</summary>
internal sealed class GrayResampler
{
    private readonly GrayImage _source;
    private readonly AreaWeights _columns;
    private readonly AreaWeights _rows;
    private readonly Dictionary<int, float[]> _scaledSourceRows = [];
    private int _lowestKept;

    public GrayResampler(GrayImage source, int width, int height)
    {
        _source = source;
        _columns = new AreaWeights(source.Width, width);
        _rows = new AreaWeights(source.Height, height);
    }

    public int Width => _columns.Length;

    public int Height => _rows.Length;

    /// <summary>Fills <paramref name="row"/> with destination row <paramref name="y"/>; call with increasing <paramref name="y"/>.</summary>
    public void ReadRow(int y, Span<float> row)
    {
        row.Clear();
        int first = _rows.First(y);
        for (; _lowestKept < first; _lowestKept++)
        {
            _scaledSourceRows.Remove(_lowestKept);
        }

        var weights = _rows.Weights(y);
        for (int i = 0; i < weights.Length; i++)
        {
            var sourceRow = ScaledSourceRow(first + i);
            float weight = weights[i];
            for (int x = 0; x < row.Length; x++)
            {
                row[x] += sourceRow[x] * weight;
            }
        }
    }

    private float[] ScaledSourceRow(int y)
    {
        if (_scaledSourceRows.TryGetValue(y, out var cached))
        {
            return cached;
        }

        var source = _source.Row(y);
        var scaled = new float[Width];
        for (int x = 0; x < scaled.Length; x++)
        {
            int first = _columns.First(x);
            var weights = _columns.Weights(x);
            float sum = 0;
            for (int i = 0; i < weights.Length; i++)
            {
                sum += source[first + i] * weights[i];
            }

            scaled[x] = sum;
        }

        _scaledSourceRows[y] = scaled;
        return scaled;
    }
}
