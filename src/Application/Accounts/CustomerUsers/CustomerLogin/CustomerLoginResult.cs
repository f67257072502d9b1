namespace Groupus.Application.Accounts.CustomerUsers.CustomerLogin;

public sealed record CustomerLoginResult(AccessToken AccessToken, string Username, Guid OrganisationId, string Role);
