using Groupus.Application.Identity.Passwords;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Identity.CustomerUsers.CustomerLogin;

/// <summary>
/// A customer's user signs in to their organisation (usernames are unique within an organisation only, so the
/// sign-in names both); the token is scoped to that organisation.
/// </summary>
[Anonymous]
public sealed record CustomerLoginCommand(string? OrganisationId, string Username, string Password, string? NewPassword)
    : ICommand<Result<CustomerLoginResult>>, IPasswordLoginRequest;
