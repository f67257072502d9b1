using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Fax;
using Mediator;

namespace Groupus.Application.Fax.Gateway.RecordFaxProgress;

/// <summary>A phase change or a page verdict during a call; renews the lease.</summary>
[GatewayOnly]
public sealed record RecordFaxProgressCommand(Guid JobId, Guid LeaseId, FaxCallPhase Phase, int PageNumber, FaxPageVerdict? Page, string? RemoteId)
    : ICommand<Result<FaxJobDto>>;
