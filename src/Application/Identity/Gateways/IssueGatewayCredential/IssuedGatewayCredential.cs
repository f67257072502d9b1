namespace Groupus.Application.Identity.Gateways.IssueGatewayCredential;

public sealed record IssuedGatewayCredential(GatewayCredentialDto Credential, string Secret);
