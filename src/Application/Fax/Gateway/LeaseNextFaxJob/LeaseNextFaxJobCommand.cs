using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Fax.Gateway.LeaseNextFaxJob;

/// <summary>The dispatcher gives an idle line the most urgent due job, if there is one.</summary>
[SystemOnly]
public sealed record LeaseNextFaxJobCommand(Guid GatewayId, string LineId) : ICommand<Result<FaxLeaseOffer>>;
