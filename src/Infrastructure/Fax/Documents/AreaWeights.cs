namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>
/// For each destination pixel, the source pixels its footprint covers and how much of it each one covers (area
/// averaging). Exact at scale 1, free of aliasing when shrinking, plain pixel mixing when enlarging.
/// </summary>
internal sealed class AreaWeights
{
    private readonly int[] _first;
    private readonly float[][] _weights;

    public AreaWeights(int sourceLength, int destinationLength)
    {
        _first = new int[destinationLength];
        _weights = new float[destinationLength][];
        double scale = (double)sourceLength / destinationLength;
        for (int d = 0; d < destinationLength; d++)
        {
            double from = d * scale;
            double to = Math.Min((d + 1) * scale, sourceLength);
            int first = Math.Min((int)Math.Floor(from), sourceLength - 1);
            int last = Math.Max(first, Math.Min((int)Math.Ceiling(to) - 1, sourceLength - 1));
            var weights = new float[last - first + 1];
            for (int s = first; s <= last; s++)
            {
                double overlap = Math.Min(to, s + 1) - Math.Max(from, s);
                weights[s - first] = (float)(Math.Max(overlap, 0) / (to - from));
            }

            _first[d] = first;
            _weights[d] = weights;
        }
    }

    public int Length => _first.Length;

    public int First(int destination) => _first[destination];

    public ReadOnlySpan<float> Weights(int destination) => _weights[destination];
}
