// Planted violations for the shared-kernel rule, in namespaces that mimic the shared kernels and the composition root.
// The rule is run over the test assembly only. Nothing here is used by the product.
using Groupus.Api.Visitors;
using Groupus.Application.Common.Results;
using Groupus.Infrastructure.Identity;
using Groupus.Infrastructure.Visitors;

namespace Groupus.Infrastructure.Persistence.Canaries
{
    /// <summary>Planted: a kernel helper wrapping one module's DbContext. Must be caught for Identity.</summary>
    public sealed class CanaryKernelHelperWrappingAModuleContext(IdentityDbContext identity)
    {
        public IdentityDbContext Identity => identity;
    }

    /// <summary>Not a violation: kernels may use each other.</summary>
    public sealed class CanaryKernelUsingAnotherKernel
    {
        public Result? Last { get; init; }
    }
}

namespace Groupus.Api.Hosting.Canaries
{
    /// <summary>Planted: the composition root reading a module's tables. Must be caught for Visitors.</summary>
    public sealed class CanaryRootReadingAModuleContext(VisitorsDbContext visitors)
    {
        public VisitorsDbContext Visitors => visitors;
    }

    /// <summary>Not a violation: the composition root maps a module's gRPC edge.</summary>
    public sealed class CanaryRootMappingAModuleEdge
    {
        public static Type Service => typeof(VisitorGrpcService);
    }
}
