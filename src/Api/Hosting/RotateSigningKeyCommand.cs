using Groupus.Infrastructure.Security.Tokens;
using Groupus.Infrastructure.Persistence;
using Microsoft.Extensions.Options;

namespace Groupus.Api.Hosting;

/// <summary>
/// <c>Groupus.Api rotate-signing-key</c>: adds a new token signing key in the data directory. A running server
/// starts signing with it within seconds; tokens signed with the previous key stay valid until they expire.
/// </summary>
public static class RotateSigningKeyCommand
{
    public const string Name = "rotate-signing-key";

    public static int Run(string[] args)
    {
        var configuration = WebApplication.CreateBuilder(args).Configuration;
        var groupus = configuration.GetSection(GroupusOptions.Section).Get<GroupusOptions>() ?? new GroupusOptions();
        var tokens = configuration.GetSection(TokenOptions.Section).Get<TokenOptions>() ?? new TokenOptions();
        var ring = new SigningKeyRing(Options.Create(groupus), Options.Create(tokens), TimeProvider.System);
        var key = ring.Rotate();
        Console.WriteLine($"New token signing key {key.KeyId} in {Path.Combine(groupus.ResolveDataDirectory(), "keys")}.");
        return 0;
    }
}
