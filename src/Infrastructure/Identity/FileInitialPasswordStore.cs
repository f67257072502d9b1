using Groupus.Application.Identity;
using Groupus.Infrastructure.Persistence;
using Microsoft.Extensions.Options;

namespace Groupus.Infrastructure.Identity;

/// <summary>Writes a one-time password to a file in the data directory that only the server's user can read.</summary>
internal sealed class FileInitialPasswordStore(IOptions<GroupusOptions> options) : IInitialPasswordStore
{
    public async Task<string> WriteAsync(string username, string password, CancellationToken cancellationToken)
    {
        var path = PathFor(username);
        DataDirectory.EnsureExists(Path.GetDirectoryName(path)!);
        File.Delete(path);
        await using var writer = new StreamWriter(OwnerOnlyFile.CreateNew(path));
        await writer.WriteAsync(
            $"""
            username: {username}
            password: {password}

            This password works once. Log in with it and choose a new one:
              groupus login --username {username}
            This file is deleted when the password has been changed.

            """);
        return path;
    }

    public void Remove(string username) => File.Delete(PathFor(username));

    private string PathFor(string username) => Path.Combine(options.Value.ResolveDataDirectory(), $"initial-password-{username}.txt");
}
