using Groupus.ArchitectureTests.Rules;
using Groupus.ArchitectureTests.Support;
using static Groupus.ArchitectureTests.Support.ArchitectureAssert;

namespace Groupus.ArchitectureTests.Specifications;

/// <summary>Rule 5. Canaries: <see cref="Canaries.GrpcServiceCanaries"/>.</summary>
public sealed class GrpcServiceSpecifications
{
    [Fact]
    public void Grpc_services_use_neither_ef_core_nor_the_infrastructure_layer() =>
        Holds(
            GrpcServiceRule.Check([GroupusAssemblies.Api]),
            "Groupus.Api.Identity.AuthGrpcService",
            "Groupus.Api.Identity.StaffGrpcService",
            "Groupus.Api.Communications.NotificationGrpcService",
            "Groupus.Api.Visitors.VisitorGrpcService");
}
