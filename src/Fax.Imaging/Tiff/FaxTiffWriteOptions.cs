namespace Groupus.Fax.Imaging.Tiff;

/// <summary>How <see cref="FaxTiffWriter"/> codes pages: G3 1D (MH), G3 2D (MR) or G4 (MMR), and the bit order of the strips.</summary>
public sealed record FaxTiffWriteOptions
{
    public FaxEncoding Encoding { get; init; } = FaxEncoding.Mh;

    /// <summary>TIFF FillOrder of the strips; Class F readers accept both.</summary>
    public FillOrder FillOrder { get; init; } = FillOrder.MsbFirst;

    /// <summary>G3 only: EOLs end on byte boundaries (Group3Options bit 2).</summary>
    public bool ByteAlignEol { get; init; }

    /// <summary>Written in the Software tag.</summary>
    public string Software { get; init; } = "Groupus";
}
