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
    public async Task A_new_subjects_key_is_at_hand_for_sealing_without_reading_the_vault_file_again()
    {
        await using var server = await TestServer.StartAsync();
        var services = server.App.Services;
        var subject = await services.GetRequiredService<IDataSubjectRegistry>().EnrolAsync([SubjectIdentifier.Email("new.visitor@example.com")], CancellationToken.None);

        // Gone from the file behind the vault's back: only a key kept since its enrolment can still be found.
        await using (var file = new SqliteConnection($"Data Source={Path.Combine(server.DataDirectory, "privacy-vault.db")};Pooling=False"))
        {
            await file.OpenAsync();
            await using var delete = file.CreateCommand();
            delete.CommandText = "DELETE FROM subject_keys WHERE subject_id = $id";
            delete.Parameters.AddWithValue("$id", subject.ToByteArray());
            Assert.Equal(1, await delete.ExecuteNonQueryAsync());
        }

        Assert.Equal(32, services.GetRequiredService<ISubjectKeys>().Find(subject)!.Length);
    }

    [Fact]
    public async Task After_destruction_the_vault_file_holds_no_copy_of_the_wrapped_key()
    {
        await using var server = await TestServer.StartAsync();
        var services = server.App.Services;
        var subject = await services.GetRequiredService<IDataSubjectRegistry>().EnrolAsync([SubjectIdentifier.Email("erase.me@example.com")], CancellationToken.None);
        var vaultFile = Path.Combine(server.DataDirectory, "privacy-vault.db");
        var wrapped = await ReadWrappedKeyAsync(vaultFile, subject);
        Assert.True(await VaultFilesHoldAsync(server.DataDirectory, wrapped));

        await services.GetRequiredService<ISubjectKeyVault>().DestroyAsync(subject, CancellationToken.None);

        foreach (var file in Directory.GetFiles(server.DataDirectory, "privacy-vault.db*"))
        {
            Assert.False(ByteScan.Contains(await File.ReadAllBytesAsync(file), wrapped), $"{file} still holds the wrapped key");
        }
    }

    /// <summary>Whether the vault's file, its write-ahead log or its shared-memory index holds the bytes.</summary>
    private static async Task<bool> VaultFilesHoldAsync(string dataDirectory, byte[] bytes)
    {
        foreach (var file in Directory.GetFiles(dataDirectory, "privacy-vault.db*"))
        {
            if (ByteScan.Contains(await File.ReadAllBytesAsync(file), bytes))
            {
                return true;
            }
        }

        return false;
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

    [Fact]
    public async Task A_shared_phone_or_name_never_joins_two_people_but_names_each_of_them()
    {
        await using var server = await TestServer.StartAsync();
        var register = server.App.Services.GetRequiredService<IDataSubjectRegistry>();
        var switchboard = SubjectIdentifier.Phone("+442079460000");

        var ada = await register.EnrolAsync([SubjectIdentifier.Email("ada@engines.example"), switchboard, SubjectIdentifier.NameAndCompany("Ada", "Engines")], CancellationToken.None);
        var bob = await register.EnrolAsync([SubjectIdentifier.Email("bob@engines.example"), switchboard], CancellationToken.None);
        var visitor = await register.EnrolAsync([SubjectIdentifier.NameAndCompany("Ada", "Engines")], CancellationToken.None);
        var adaAgain = await register.EnrolAsync([SubjectIdentifier.Email("ADA@engines.example"), SubjectIdentifier.Phone("+442079460001")], CancellationToken.None);

        Assert.Equal(3, new[] { ada, bob, visitor }.Distinct().Count());
        Assert.Equal(ada, adaAgain);
        Assert.Equal(new[] { ada, bob }.Order(), (await register.FindAsync(switchboard, CancellationToken.None)).Order());
        Assert.Equal(new[] { ada, visitor }.Order(), (await register.FindAsync(SubjectIdentifier.NameAndCompany("ada", "engines"), CancellationToken.None)).Order());
        Assert.Equal([ada], await register.FindAsync(SubjectIdentifier.Phone("+442079460001"), CancellationToken.None));
    }

    [Fact]
    public async Task A_register_written_before_the_split_keeps_its_phones_and_names_as_shared_identifiers()
    {
        var dataDirectory = TestServer.NewDataDirectory();
        var switchboard = SubjectIdentifier.Phone("+442079460000");
        Guid ada;
        await using (var before = await TestServer.StartAsync(dataDirectory))
        {
            ada = await before.App.Services.GetRequiredService<IDataSubjectRegistry>().EnrolAsync([SubjectIdentifier.Email("ada@engines.example"), switchboard], CancellationToken.None);
        }

        // As the register kept it before: every identifier in the one unique index.
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "privacy-vault.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO subject_index (kind, hash, subject_id) SELECT kind, hash, subject_id FROM subject_shared_index; DELETE FROM subject_shared_index;";
            await command.ExecuteNonQueryAsync();
        }

        await using var after = await TestServer.StartAsync(dataDirectory);
        var register = after.App.Services.GetRequiredService<IDataSubjectRegistry>();
        var bob = await register.EnrolAsync([SubjectIdentifier.Email("bob@engines.example"), switchboard], CancellationToken.None);

        Assert.NotEqual(ada, bob);
        Assert.Equal(new[] { ada, bob }.Order(), (await register.FindAsync(switchboard, CancellationToken.None)).Order());
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
