using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Identity.Gateways.AuthenticateGateway;

/// <summary>A fax gateway exchanges its id and secret for a short-lived token that only opens the gateway link.</summary>
[Anonymous]
public sealed record AuthenticateGatewayCommand(string GatewayId, string Secret) : ICommand<Result<AccessToken>>;
