// Planted violations for the layer rules, in namespaces that mimic each layer, inside the test assembly.
namespace Groupus.Domain.Canaries
{
    /// <summary>Planted: the domain holding an EF Core type.</summary>
    public sealed class CanaryDomainTypeUsingEntityFramework
    {
        public Microsoft.EntityFrameworkCore.DbContext? Context { get; init; }
    }

    /// <summary>Planted: the domain using the application layer, in a method body.</summary>
    public static class CanaryDomainTypeUsingTheApplication
    {
        public static bool IsResult(object value) => value is Groupus.Application.Common.Results.Result;
    }

    /// <summary>Planted: the domain implementing a Mediator interface.</summary>
    public sealed class CanaryDomainTypeUsingMediator : Mediator.INotification;

    /// <summary>Not a violation: the domain may use its own kernel and the base library.</summary>
    public sealed class CanaryDomainTypeUsingOnlyTheDomain : Groupus.Domain.Common.AggregateRoot
    {
        public IReadOnlyList<string> Tags { get; private set; } = [];
    }
}

namespace Groupus.Application.Canaries
{
    /// <summary>Planted: the application layer holding an infrastructure type.</summary>
    public sealed class CanaryApplicationTypeUsingInfrastructure
    {
        public Groupus.Infrastructure.Persistence.GroupusOptions? Options { get; init; }
    }

    /// <summary>Planted: the application layer using ASP.NET Core.</summary>
    public sealed class CanaryApplicationTypeUsingAspNetCore
    {
        public Microsoft.AspNetCore.Http.HttpContext? Http { get; init; }
    }
}

namespace Groupus.Contracts.Canaries
{
    /// <summary>Planted: a contract carrying a protobuf type (contracts belong to the application layer).</summary>
    public sealed record CanaryContractCarryingAProtobufMessage(Google.Protobuf.WellKnownTypes.Timestamp At);
}

namespace Groupus.Infrastructure.Canaries
{
    /// <summary>Planted: infrastructure using gRPC.</summary>
    public sealed class CanaryInfrastructureTypeUsingGrpc
    {
        public Grpc.Core.Metadata? Headers { get; init; }
    }
}

namespace Groupus.Migrations.Canaries
{
    /// <summary>Planted: a migration reaching up into the API.</summary>
    public static class CanaryMigrationUsingTheApi
    {
        public static Type Server => typeof(Groupus.Api.Hosting.GroupusServer);
    }
}

namespace Groupus.FaxGateway.Canaries
{
    /// <summary>Planted: the fax gateway holding a domain aggregate.</summary>
    public sealed class CanaryGatewayTypeUsingTheDomain
    {
        public Groupus.Domain.Visitors.Visit? Visit { get; init; }
    }

    /// <summary>Planted: the fax gateway publishing a core contract instead of speaking protos.</summary>
    public sealed record CanaryGatewayTypeUsingContracts(DateTime OccurredAtUtc) : Groupus.Contracts.IIntegrationEvent;

    /// <summary>Not a violation: the gateway may use the generated protos.</summary>
    public sealed class CanaryGatewayTypeUsingTheProtos
    {
        public Groupus.Api.Grpc.Visitors.V1.Visit? Visit { get; init; }
    }
}

namespace Groupus.Cli.Canaries
{
    /// <summary>Planted: the CLI using an application-layer result instead of the protos.</summary>
    public sealed class CanaryCliTypeUsingTheApplication
    {
        public Groupus.Application.Common.Results.Error? Error { get; init; }
    }
}

namespace Groupus.Hosting.Defaults.Canaries
{
    /// <summary>Planted: the shared hosting defaults reaching into the core's application layer.</summary>
    public sealed class CanaryHostingDefaultsUsingTheApplication
    {
        public Groupus.Application.Common.Results.Error? Error { get; init; }
    }
}
