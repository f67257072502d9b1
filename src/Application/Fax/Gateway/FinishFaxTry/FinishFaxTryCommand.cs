using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Fax;
using Mediator;

namespace Groupus.Application.Fax.Gateway.FinishFaxTry;

/// <summary>The gateway hung up: the try's outcome and every page verdict; the lease ends.</summary>
[GatewayOnly]
public sealed record FinishFaxTryCommand(Guid JobId, Guid LeaseId, FaxTryReport Report) : ICommand<Result<FaxJobDto>>;
