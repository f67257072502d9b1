using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Fax.Gateway.GetFaxJobDocument;

/// <summary>The pages of a job, for the gateway holding its lease.</summary>
[GatewayOnly]
public sealed record GetFaxJobDocumentQuery(Guid JobId, Guid LeaseId) : IQuery<Result<byte[]>>;
