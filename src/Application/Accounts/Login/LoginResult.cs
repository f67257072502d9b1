namespace Groupus.Application.Accounts.Login;

public sealed record LoginResult(AccessToken AccessToken, string Username, IReadOnlyList<string> Roles);
