using Groupus.ArchitectureTests.Rules;
using Groupus.ArchitectureTests.Support;
using static Groupus.ArchitectureTests.Support.ArchitectureAssert;

namespace Groupus.ArchitectureTests.Specifications;

/// <summary>The core's rendering and the gateway share one TIFF Class F stack. Canary: <see cref="Canaries.TiffStackCanaries"/>.</summary>
public sealed class TiffStackSpecifications
{
    [Fact]
    public void Only_fax_imaging_holds_a_libtiff_error_handler_or_stream_adapter() =>
        Holds(
            TiffStackRule.Check(GroupusAssemblies.All),
            "Groupus.Fax.Imaging.Tiff.SilentTiffErrorHandler",
            "Groupus.Fax.Imaging.Tiff.LeaveOpenTiffStream");
}
