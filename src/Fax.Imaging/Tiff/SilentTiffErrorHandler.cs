using System.Runtime.CompilerServices;
using BitMiracle.LibTiff.Classic;

namespace Groupus.Fax.Imaging.Tiff;

/// <summary>
/// LibTiff.NET writes every error and warning to the console by default. Our readers report a damaged file through
/// their own exceptions, so the library's messages would only flood the service's and the tests' standard error. For a
/// TIFF being <see cref="Watch">watched</see> the handler counts what libtiff says, because some damage (a row of the
/// wrong length, a premature end) is only a warning to libtiff, which pads or cuts the row and reads on.
/// </summary>
internal sealed class SilentTiffErrorHandler : TiffErrorHandler
{
    private static readonly Lock Gate = new();
    private static readonly ConditionalWeakTable<BitMiracle.LibTiff.Classic.Tiff, StrongBox<int>> Watched = [];
    private static bool installed;

    public static void Install()
    {
        lock (Gate)
        {
            if (!installed)
            {
                BitMiracle.LibTiff.Classic.Tiff.SetErrorHandler(new SilentTiffErrorHandler());
                installed = true;
            }
        }
    }

    /// <summary>A counter of libtiff's complaints about <paramref name="tiff"/> from now on (the handler is process-wide).</summary>
    public static StrongBox<int> Watch(BitMiracle.LibTiff.Classic.Tiff tiff)
    {
        Install();
        return Watched.GetValue(tiff, _ => new StrongBox<int>());
    }

    public override void ErrorHandler(BitMiracle.LibTiff.Classic.Tiff tif, string method, string format, params object[] args) => Record(tif);

    public override void ErrorHandlerExt(BitMiracle.LibTiff.Classic.Tiff tif, object clientData, string method, string format, params object[] args) => Record(tif);

    public override void WarningHandler(BitMiracle.LibTiff.Classic.Tiff tif, string method, string format, params object[] args) => Record(tif);

    public override void WarningHandlerExt(BitMiracle.LibTiff.Classic.Tiff tif, object clientData, string method, string format, params object[] args) => Record(tif);

    private static void Record(BitMiracle.LibTiff.Classic.Tiff? tif)
    {
        if (tif is not null && Watched.TryGetValue(tif, out var complaints))
        {
            Interlocked.Increment(ref complaints.Value);
        }
    }
}
