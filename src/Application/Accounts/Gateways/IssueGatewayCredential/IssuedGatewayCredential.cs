namespace Groupus.Application.Accounts.Gateways.IssueGatewayCredential;

public sealed record IssuedGatewayCredential(GatewayCredentialDto Credential, string Secret);
