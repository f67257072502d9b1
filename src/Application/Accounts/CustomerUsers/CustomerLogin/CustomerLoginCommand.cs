using Groupus.Application.Accounts.Passwords;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Accounts.CustomerUsers.CustomerLogin;

/// <summary>A customer's user signs in; the token is scoped to their organisation.</summary>
[Anonymous]
public sealed record CustomerLoginCommand(string Username, string Password, string? NewPassword) : ICommand<Result<CustomerLoginResult>>, IPasswordLoginRequest;
