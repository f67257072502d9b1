namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>How grey becomes black or white: diffused error for photographs, a plain threshold for line art.</summary>
internal enum Binarisation
{
    FloydSteinberg,
    Threshold,
}
