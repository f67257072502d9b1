using System.Globalization;
using System.Runtime.CompilerServices;
using BitMiracle.LibTiff.Classic;

namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>
/// LibTiff.NET writes warnings and errors to the console by default. A server prints none of them; instead, for a
/// TIFF being <see cref="Watch">watched</see>, the first complaint is kept, because some damage (a row of the wrong
/// length, a premature end of line) is only a warning to libtiff, which pads or cuts the row and reads on.
/// </summary>
internal sealed class SilentTiffErrorHandler : TiffErrorHandler
{
    private static readonly Lock Gate = new();
    private static readonly ConditionalWeakTable<Tiff, TiffComplaints> Watched = [];
    private static bool installed;

    public static void Install()
    {
        lock (Gate)
        {
            if (!installed)
            {
                Tiff.SetErrorHandler(new SilentTiffErrorHandler());
                installed = true;
            }
        }
    }

    /// <summary>Keeps what libtiff says about <paramref name="tiff"/> from now on (the handler is process-wide).</summary>
    public static TiffComplaints Watch(Tiff tiff)
    {
        Install();
        return Watched.GetValue(tiff, _ => new TiffComplaints());
    }

    public override void ErrorHandler(Tiff tif, string method, string format, params object[] args) => Record(tif, format, args);

    public override void ErrorHandlerExt(Tiff tif, object clientData, string method, string format, params object[] args) => Record(tif, format, args);

    public override void WarningHandler(Tiff tif, string method, string format, params object[] args) => Record(tif, format, args);

    public override void WarningHandlerExt(Tiff tif, object clientData, string method, string format, params object[] args) => Record(tif, format, args);

    private static void Record(Tiff? tif, string format, object[] args)
    {
        if (tif is not null && Watched.TryGetValue(tif, out var complaints))
        {
            complaints.Add(string.Format(CultureInfo.InvariantCulture, format, args));
        }
    }
}
