using Groupus.Application.Privacy;
using Groupus.Contracts.Privacy;
using Groupus.Infrastructure.Persistence.Subjects;
using Groupus.IntegrationTests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.IntegrationTests.Privacy.Vault;

/// <summary>The vault in its own SQLite file beside the database: keys, the register's blind index, destruction and its tombstone.</summary>
public sealed class SubjectKeyVaultTests
{
    [Fact]
    public async Task The_same_email_written_two_ways_names_one_subject()
    {
        await using var server = await TestServer.StartAsync();
        var register = server.App.Services.GetRequiredService<IDataSubjectRegistry>();

        var first = await register.EnrolAsync([SubjectIdentifier.Email("Ada.Lovelace@Engines.example ")], CancellationToken.None);
        var second = await register.EnrolAsync([SubjectIdentifier.Email("ada.lovelace@engines.example"), SubjectIdentifier.Phone("+442079460000")], CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Equal([first], await register.FindAsync(SubjectIdentifier.Phone("+442079460000"), CancellationToken.None));
        Assert.True(File.Exists(Path.Combine(server.DataDirectory, "privacy-vault.db")));
        Assert.True(File.Exists(Path.Combine(server.DataDirectory, "privacy-vault.key")));
    }

    [Fact]
    public async Task A_subject_key_unwraps_until_it_is_destroyed_then_the_subject_reads_as_erased()
    {
        await using var server = await TestServer.StartAsync();
        var services = server.App.Services;
        var register = services.GetRequiredService<IDataSubjectRegistry>();
        var vault = services.GetRequiredService<ISubjectKeyVault>();
        var keys = services.GetRequiredService<ISubjectKeys>();
        var subject = await register.EnrolAsync([SubjectIdentifier.Email("grace@example.com")], CancellationToken.None);

        Assert.Equal(32, keys.Find(subject)!.Length);
        Assert.Equal(SubjectKeyState.Active, await vault.StateOfAsync(subject, CancellationToken.None));

        await vault.DestroyAsync(subject, CancellationToken.None);
        await vault.DestroyAsync(subject, CancellationToken.None);

        Assert.Null(keys.Find(subject));
        Assert.Equal(SubjectKeyState.Erased, await vault.StateOfAsync(subject, CancellationToken.None));
        Assert.Equal(SubjectKeyState.Unknown, await vault.StateOfAsync(Guid.CreateVersion7(), CancellationToken.None));
        Assert.Empty(await register.FindAsync(SubjectIdentifier.Email("grace@example.com"), CancellationToken.None));
        Assert.NotEqual(subject, await register.EnrolAsync([SubjectIdentifier.Email("grace@example.com")], CancellationToken.None));
    }

    [Fact]
    public async Task After_destruction_the_vault_file_holds_no_copy_of_the_wrapped_key()
    {
        await using var server = await TestServer.StartAsync();
        var services = server.App.Services;
        var subject = await services.GetRequiredService<IDataSubjectRegistry>().EnrolAsync([SubjectIdentifier.Email("erase.me@example.com")], CancellationToken.None);
        var vaultFile = Path.Combine(server.DataDirectory, "privacy-vault.db");
        var wrapped = await ReadWrappedKeyAsync(vaultFile, subject);
        Assert.True(ByteScan.Contains(await File.ReadAllBytesAsync(vaultFile), wrapped));

        await services.GetRequiredService<ISubjectKeyVault>().DestroyAsync(subject, CancellationToken.None);

        foreach (var file in Directory.GetFiles(server.DataDirectory, "privacy-vault.db*"))
        {
            Assert.False(ByteScan.Contains(await File.ReadAllBytesAsync(file), wrapped), $"{file} still holds the wrapped key");
        }
    }

    [Fact]
    public async Task Concurrent_enrolments_of_the_same_new_email_make_one_subject()
    {
        await using var server = await TestServer.StartAsync();
        var register = server.App.Services.GetRequiredService<IDataSubjectRegistry>();

        var subjects = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ =>
            Task.Run(() => register.EnrolAsync([SubjectIdentifier.Email("same.person@example.com")], CancellationToken.None))));

        Assert.Single(subjects.Distinct());
    }

    private static async Task<byte[]> ReadWrappedKeyAsync(string vaultFile, Guid subject)
    {
        await using var connection = new SqliteConnection($"Data Source={vaultFile};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT wrapped_key FROM subject_keys WHERE subject_id = $id";
        command.Parameters.AddWithValue("$id", subject.ToByteArray());
        return (byte[])(await command.ExecuteScalarAsync())!;
    }
}
