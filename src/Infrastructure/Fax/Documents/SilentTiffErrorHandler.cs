using BitMiracle.LibTiff.Classic;

namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>
/// LibTiff.NET writes warnings and errors to the console by default. Failures show in its return values, which we
/// check, so its messages are dropped rather than printed by a server.
/// </summary>
internal sealed class SilentTiffErrorHandler : TiffErrorHandler
{
    private static readonly Lock Gate = new();
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

    public override void ErrorHandler(Tiff tif, string method, string format, params object[] args)
    {
    }

    public override void ErrorHandlerExt(Tiff tif, object clientData, string method, string format, params object[] args)
    {
    }

    public override void WarningHandler(Tiff tif, string method, string format, params object[] args)
    {
    }

    public override void WarningHandlerExt(Tiff tif, object clientData, string method, string format, params object[] args)
    {
    }
}
