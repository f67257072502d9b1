using System.Globalization;
using System.Runtime.CompilerServices;
using BitMiracle.LibTiff.Classic;
using LibTiff = BitMiracle.LibTiff.Classic.Tiff;

namespace Groupus.Fax.Imaging.Tiff;

/// <summary>
/// LibTiff.NET writes every error and warning to the console by default. Our readers report a damaged file through
/// their own exceptions, so the library's messages would only flood the services' and the tests' standard error. For a
/// TIFF being <see cref="Watch">watched</see> the first complaint is kept, because some damage (a row of the wrong
/// length, a premature end of line) is only a warning to libtiff, which pads or cuts the row and reads on.
/// </summary>
public sealed class SilentTiffErrorHandler : TiffErrorHandler
{
    private static readonly Lock Gate = new();
    private static readonly ConditionalWeakTable<LibTiff, TiffComplaints> Watched = [];
    private static bool installed;

    public static void Install()
    {
        lock (Gate)
        {
            if (!installed)
            {
                LibTiff.SetErrorHandler(new SilentTiffErrorHandler());
                installed = true;
            }
        }
    }

    /// <summary>Keeps what libtiff says about <paramref name="tiff"/> from now on (the handler is process-wide).</summary>
    public static TiffComplaints Watch(LibTiff tiff)
    {
        Install();
        return Watched.GetValue(tiff, _ => new TiffComplaints());
    }

    public override void ErrorHandler(LibTiff tif, string method, string format, params object[] args) => Record(tif, format, args);

    public override void ErrorHandlerExt(LibTiff tif, object clientData, string method, string format, params object[] args) => Record(tif, format, args);

    public override void WarningHandler(LibTiff tif, string method, string format, params object[] args) => Record(tif, format, args);

    public override void WarningHandlerExt(LibTiff tif, object clientData, string method, string format, params object[] args) => Record(tif, format, args);

    private static void Record(LibTiff? tif, string format, object[] args)
    {
        if (tif is not null && Watched.TryGetValue(tif, out var complaints))
        {
            complaints.Add(string.Format(CultureInfo.InvariantCulture, format, args));
        }
    }
}
