// Planted copies of the imaging library's LibTiff.NET helpers, in a namespace that mimics the core's infrastructure.
namespace Groupus.Infrastructure.Canaries
{
    /// <summary>Planted: a second LibTiff.NET stream adapter, as the core's rendering once had.</summary>
    public sealed class CanaryInfrastructureTiffStream : BitMiracle.LibTiff.Classic.TiffStream;

    /// <summary>Planted: a second LibTiff.NET error handler, as the core's rendering once had.</summary>
    public sealed class CanaryInfrastructureTiffErrorHandler : BitMiracle.LibTiff.Classic.TiffErrorHandler;
}

namespace Groupus.Fax.Imaging.Canaries
{
    /// <summary>Not a violation: the imaging library holds the stack's adapters.</summary>
    public sealed class CanaryImagingTiffStream : BitMiracle.LibTiff.Classic.TiffStream;
}
