using System.Runtime.InteropServices;

namespace Groupus.FaxGateway.Benchmarks;

/// <summary>
/// The system libtiff (Debian libtiff6) called in-process, the reference the fax codec is measured against.
/// TIFFSetField is variadic, which P/Invoke cannot call; its va_list twin TIFFVSetField is called with a va_list built
/// by hand for the x86-64 System V ABI (every argument taken from the overflow area, one 8-byte slot each).
/// </summary>
internal static unsafe partial class NativeLibTiff
{
    private const string Library = "libtiff.so.6";

    public const uint ImageWidth = 256;
    public const uint ImageLength = 257;
    public const uint BitsPerSample = 258;
    public const uint Compression = 259;
    public const uint Photometric = 262;
    public const uint FillOrder = 266;
    public const uint SamplesPerPixel = 277;
    public const uint RowsPerStrip = 278;
    public const uint XResolution = 282;
    public const uint YResolution = 283;
    public const uint PlanarConfig = 284;
    public const uint Group3Options = 292;
    public const uint ResolutionUnit = 296;

    public const int CompressionCcittFax3 = 3;
    public const int CompressionCcittFax4 = 4;

    [LibraryImport(Library, EntryPoint = "TIFFOpen", StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint Open(string path, string mode);

    [LibraryImport(Library, EntryPoint = "TIFFClose")]
    public static partial void Close(nint tiff);

    [LibraryImport(Library, EntryPoint = "TIFFReadEncodedStrip")]
    public static partial nint ReadEncodedStrip(nint tiff, uint strip, byte* buffer, nint size);

    [LibraryImport(Library, EntryPoint = "TIFFReadRawStrip")]
    public static partial nint ReadRawStrip(nint tiff, uint strip, byte* buffer, nint size);

    [LibraryImport(Library, EntryPoint = "TIFFRawStripSize")]
    public static partial nint RawStripSize(nint tiff, uint strip);

    [LibraryImport(Library, EntryPoint = "TIFFWriteEncodedStrip")]
    public static partial nint WriteEncodedStrip(nint tiff, uint strip, byte* data, nint size);

    [LibraryImport(Library, EntryPoint = "TIFFSetWarningHandler")]
    public static partial nint SetWarningHandler(nint handler);

    [LibraryImport(Library, EntryPoint = "TIFFVSetField")]
    private static partial int VSetField(nint tiff, uint tag, SystemVVaList* arguments);

    public static bool Supported =>
        OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.X64;

    public static void SetField(nint tiff, uint tag, long value) => SetFieldSlot(tiff, tag, (ulong)value);

    public static void SetField(nint tiff, uint tag, double value) => SetFieldSlot(tiff, tag, BitConverter.DoubleToUInt64Bits(value));

    private static void SetFieldSlot(nint tiff, uint tag, ulong slot)
    {
        ulong* overflow = stackalloc ulong[1];
        overflow[0] = slot;
        var arguments = new SystemVVaList
        {
            GeneralOffset = 48, // all six integer registers used: va_arg reads the overflow area
            FloatOffset = 176,  // all eight vector registers used: so do doubles
            OverflowArea = overflow,
            RegisterSaveArea = null,
        };
        if (VSetField(tiff, tag, &arguments) != 1)
        {
            throw new InvalidOperationException($"TIFFVSetField refused tag {tag}.");
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct SystemVVaList
    {
        public uint GeneralOffset;
        public uint FloatOffset;
        public ulong* OverflowArea;
        public void* RegisterSaveArea;
    }
}
