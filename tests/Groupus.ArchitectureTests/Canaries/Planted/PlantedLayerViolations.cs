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

    /// <summary>Planted: the core's infrastructure driving the fax engine (it may use fax imaging only).</summary>
    public sealed class CanaryInfrastructureTypeUsingTheT30Engine
    {
        public Groupus.Fax.T30.T30Error? Error { get; init; }
    }

    /// <summary>Not a violation: the core's rendering writes TIFF Class F through the shared imaging library.</summary>
    public sealed class CanaryInfrastructureTypeUsingFaxImaging
    {
        public Groupus.Fax.Imaging.FaxPage? Page { get; init; }
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

namespace Groupus.Fax.Imaging.Canaries
{
    /// <summary>Planted: imaging reaching up into the T.30 engine.</summary>
    public sealed class CanaryImagingTypeUsingTheT30Engine
    {
        public Groupus.Fax.T30.T30Error? Error { get; init; }
    }

    /// <summary>Planted: imaging holding a core domain type.</summary>
    public sealed class CanaryImagingTypeUsingTheDomain
    {
        public Groupus.Domain.Visitors.Visit? Visit { get; init; }
    }

    /// <summary>Not a violation: imaging may use LibTiff.NET.</summary>
    public sealed class CanaryImagingTypeUsingLibTiff
    {
        public BitMiracle.LibTiff.Classic.Compression Compression { get; init; }
    }
}

namespace Groupus.Fax.T30.Canaries
{
    /// <summary>Planted: the T.30 engine knowing a modem driver.</summary>
    public sealed class CanaryT30TypeUsingAModemDriver
    {
        public Groupus.Fax.Modems.Lines.IFaxModemDriver? Driver { get; init; }
    }

    /// <summary>Not a violation: the T.30 engine may use imaging.</summary>
    public sealed class CanaryT30TypeUsingImaging
    {
        public Groupus.Fax.Imaging.FaxPage? Page { get; init; }
    }
}

namespace Groupus.Fax.Modems.Canaries
{
    /// <summary>Planted: a modem driver reaching into the gateway's link to the core.</summary>
    public sealed class CanaryModemDriverUsingTheLink
    {
        public Groupus.FaxGateway.Link.CoreLinkOptions? Link { get; init; }
    }

    /// <summary>Planted: a modem driver using the test-only modem emulator.</summary>
    public sealed class CanaryModemDriverUsingTheEmulator
    {
        public Groupus.FaxGateway.Emulation.PseudoTerminal? Terminal { get; init; }
    }

    /// <summary>Planted: a modem driver using the shared test helpers.</summary>
    public sealed class CanaryModemDriverUsingTestSupport
    {
        public Groupus.TestSupport.Processes.PeerProcess? Peer { get; init; }
    }

    /// <summary>Not a violation: a modem driver may use the T.30 engine and imaging.</summary>
    public sealed class CanaryModemDriverUsingT30AndImaging
    {
        public Groupus.Fax.T30.T30Error? Error { get; init; }

        public Groupus.Fax.Imaging.FaxPage? Page { get; init; }
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
