using System.Reflection;
using BitMiracle.LibTiff.Classic;
using Groupus.ArchitectureTests.Support;
using NetArchTest.Rules;

namespace Groupus.ArchitectureTests.Rules;

/// <summary>
/// One TIFF Class F stack: LibTiff.NET's process-wide error handler and the stream adapters it reads and writes
/// through are the fax imaging library's, so the core's rendering and the gateway cannot grow copies of them again.
/// </summary>
public static class TiffStackRule
{
    public const string ImagingNamespace = "Groupus.Fax.Imaging";

    public static RuleResult Check(IEnumerable<Assembly> assemblies) =>
        NetArchTestResults.ToRuleResult(
            Types.InAssemblies(assemblies).That().Inherit(typeof(TiffErrorHandler)).Or().Inherit(typeof(TiffStream)),
            selection => selection.Should().ResideInNamespaceMatching($@"^{ImagingNamespace.Replace(".", @"\.", StringComparison.Ordinal)}(\.|$)"),
            $"is a LibTiff.NET error handler or stream adapter outside {ImagingNamespace} (use the imaging library's)");
}
