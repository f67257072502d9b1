using Groupus.Infrastructure.Security.Tokens;
using Groupus.Infrastructure.Persistence;
using Groupus.IntegrationTests.Support;
using Microsoft.Extensions.Options;

namespace Groupus.IntegrationTests.Accounts;

public sealed class SigningKeyRotationTests
{
    [Fact]
    public void Rotation_signs_with_the_new_key_and_keeps_the_old_one_until_its_tokens_have_expired()
    {
        var clock = new SettableClock(DateTimeOffset.UtcNow);
        var dataDirectory = TestServer.NewDataDirectory();
        var ring = NewRing(dataDirectory, clock);
        var first = ring.EnsureKey();

        clock.Advance(TimeSpan.FromHours(1));
        var second = ring.Rotate();

        Assert.NotEqual(first.KeyId, second.KeyId);
        Assert.Equal(second.KeyId, ring.Current.KeyId);
        Assert.Equal([first.KeyId, second.KeyId], ring.ValidationKeys.Select(k => k.KeyId));
        Assert.All(Directory.GetFiles(Path.Combine(dataDirectory, "keys")), file =>
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file)));

        clock.Advance(TimeSpan.FromHours(9));
        var third = ring.Rotate();

        Assert.Equal([second.KeyId, third.KeyId], ring.ValidationKeys.Select(k => k.KeyId));
    }

    [Fact]
    public void A_second_server_process_sees_a_key_rotated_by_the_command()
    {
        var dataDirectory = TestServer.NewDataDirectory();
        var running = NewRing(dataDirectory, TimeProvider.System);
        var before = running.EnsureKey();

        Assert.Equal(0, Api.Hosting.RotateSigningKeyCommand.Run([$"--Groupus:DataDirectory={dataDirectory}"]));

        var restarted = NewRing(dataDirectory, TimeProvider.System);
        Assert.NotEqual(before.KeyId, restarted.Current.KeyId);
        Assert.Contains(before.KeyId, restarted.ValidationKeys.Select(k => k.KeyId));
    }

    private static SigningKeyRing NewRing(string dataDirectory, TimeProvider clock) =>
        new(Options.Create(new GroupusOptions { DataDirectory = dataDirectory }), Options.Create(new TokenOptions()), clock);
}
