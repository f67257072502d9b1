namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>
/// Turns rows of grey (0 black … 255 white) into packed 1-bit rows, one after another, carrying the Floyd–Steinberg
/// error to the next row (7/16 right, 3/16 below left, 5/16 below, 1/16 below right).
/// </summary>
internal sealed class RowBinariser(int width, Binarisation method)
{
    private const float Middle = 128;

    private float[] _errorHere = new float[width + 2];
    private float[] _errorBelow = new float[width + 2];

    public void Write(ReadOnlySpan<float> gray, Span<byte> packedRow, int offset = 0)
    {
        if (method == Binarisation.Threshold)
        {
            for (int x = 0; x < gray.Length; x++)
            {
                if (gray[x] < Middle)
                {
                    SetBlack(packedRow, offset + x);
                }
            }

            return;
        }

        // Index x + 1 in the error rows is pixel x, so the neighbours at x - 1 and x + 1 need no bounds checks.
        for (int x = 0; x < gray.Length; x++)
        {
            float value = gray[x] + _errorHere[x + 1];
            float chosen = value < Middle ? 0 : 255;
            if (chosen == 0)
            {
                SetBlack(packedRow, offset + x);
            }

            float error = value - chosen;
            _errorHere[x + 2] += error * 7 / 16;
            _errorBelow[x] += error * 3 / 16;
            _errorBelow[x + 1] += error * 5 / 16;
            _errorBelow[x + 2] += error * 1 / 16;
        }

        (_errorHere, _errorBelow) = (_errorBelow, _errorHere);
        Array.Clear(_errorBelow);
    }

    private static void SetBlack(Span<byte> row, int x) => row[x >> 3] |= (byte)(0x80 >> (x & 7));
}
