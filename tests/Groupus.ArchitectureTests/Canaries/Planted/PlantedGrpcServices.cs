using Groupus.Api.Grpc.Visitors.V1;
using Grpc.Core;
using Mediator;

namespace Groupus.ArchitectureTests.Canaries.Planted;

/// <summary>Well-formed: maps and sends, nothing else.</summary>
public sealed class CanaryThinVisitorService(ISender sender) : VisitorService.VisitorServiceBase
{
    public ISender Sender { get; } = sender;
}

/// <summary>Planted: a gRPC service querying EF Core, inside an async override.</summary>
public sealed class CanaryVisitorServiceQueryingEfCore : VisitorService.VisitorServiceBase
{
    public override async Task<ListVisitsResponse> ListOnSite(ListOnSiteRequest request, ServerCallContext context)
    {
        await Task.Yield();
        Microsoft.EntityFrameworkCore.DbContext? db = null;
        return db is null ? new ListVisitsResponse() : throw new RpcException(Status.DefaultCancelled);
    }
}

/// <summary>Planted: a gRPC service using the infrastructure layer.</summary>
public sealed class CanaryVisitorServiceUsingInfrastructure : VisitorService.VisitorServiceBase
{
    public static bool IsVisitorStore(object context) => context is Groupus.Infrastructure.Visitors.VisitorsDbContext;
}

/// <summary>Not a gRPC service, so free to use EF Core: the rule must not select it.</summary>
public static class CanaryHelperUsingEfCore
{
    public static bool IsContext(object value) => value is Microsoft.EntityFrameworkCore.DbContext;
}
