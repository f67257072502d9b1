namespace Groupus.Application.Identity.CustomerUsers.CustomerLogin;

public sealed record CustomerLoginResult(AccessToken AccessToken, string Username, Guid OrganisationId, string Role);
