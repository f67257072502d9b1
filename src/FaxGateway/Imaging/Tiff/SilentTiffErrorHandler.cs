using BitMiracle.LibTiff.Classic;

namespace Groupus.FaxGateway.Imaging.Tiff;

/// <summary>
/// LibTiff.NET writes every error and warning to the console by default. Our readers report a damaged file through
/// their own exceptions, so the library's messages would only flood the service's and the tests' standard error.
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
                BitMiracle.LibTiff.Classic.Tiff.SetErrorHandler(new SilentTiffErrorHandler());
                installed = true;
            }
        }
    }

    public override void ErrorHandler(BitMiracle.LibTiff.Classic.Tiff tif, string method, string format, params object[] args)
    {
    }

    public override void ErrorHandlerExt(BitMiracle.LibTiff.Classic.Tiff tif, object clientData, string method, string format, params object[] args)
    {
    }

    public override void WarningHandler(BitMiracle.LibTiff.Classic.Tiff tif, string method, string format, params object[] args)
    {
    }

    public override void WarningHandlerExt(BitMiracle.LibTiff.Classic.Tiff tif, object clientData, string method, string format, params object[] args)
    {
    }
}
