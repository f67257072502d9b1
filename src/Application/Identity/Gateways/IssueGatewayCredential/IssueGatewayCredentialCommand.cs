using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Identity.Gateways.IssueGatewayCredential;

/// <summary>Creates a gateway's machine identity; the secret is returned this once and never stored in clear.</summary>
[AuthorizeRoles(StaffRole.Admin)]
public sealed record IssueGatewayCredentialCommand(string Name) : ICommand<Result<IssuedGatewayCredential>>;
