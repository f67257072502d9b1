using BitMiracle.LibTiff.Classic;

namespace Groupus.Fax.Imaging.Tiff;

/// <summary>LibTiff stream adapter that leaves the caller's stream open when the TIFF is closed.</summary>
public sealed class LeaveOpenTiffStream : TiffStream
{
    public override void Close(object clientData)
    {
    }
}
