using Groupus.ArchitectureTests.Canaries.Planted;
using Groupus.ArchitectureTests.Rules;
using Groupus.ArchitectureTests.Support;
using static Groupus.ArchitectureTests.Support.ArchitectureAssert;

namespace Groupus.ArchitectureTests.Canaries;

public sealed class GrpcServiceCanaries
{
    [Fact]
    public void Grpc_rule_catches_services_using_ef_core_or_infrastructure_and_ignores_non_services()
    {
        var result = GrpcServiceRule.Check([GroupusAssemblies.Canaries]);

        FailsNaming(result, typeof(CanaryVisitorServiceQueryingEfCore), typeof(CanaryVisitorServiceUsingInfrastructure));
        Assert.Contains(Name(typeof(CanaryThinVisitorService)), result.Checked);
        Assert.DoesNotContain(Name(typeof(CanaryHelperUsingEfCore)), result.Checked);
    }
}
