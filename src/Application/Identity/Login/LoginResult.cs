namespace Groupus.Application.Identity.Login;

public sealed record LoginResult(AccessToken AccessToken, string Username, IReadOnlyList<string> Roles);
