using Groupus.Application.Identity.Passwords;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Identity.Login;

/// <summary>Exchanges a password for an access token; NewPassword completes a required password change.</summary>
[Anonymous]
public sealed record LoginCommand(string Username, string Password, string? NewPassword) : ICommand<Result<LoginResult>>, IPasswordLoginRequest;
