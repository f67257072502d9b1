using Google.Protobuf;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.IntegrationTests.Fax.Documents;
using Groupus.IntegrationTests.Support;

namespace Groupus.IntegrationTests.Persistence;

/// <summary>
/// Everything the server writes under its data directory (databases with their -wal and -shm, the privacy vault,
/// content blobs, keys) is readable by the server's user only, whatever the umask it was started with.
/// </summary>
public sealed class DataFileModeTests
{
    private const UnixFileMode GroupOrOther =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    [Fact]
    public async Task A_started_server_that_stored_a_fax_has_only_owner_only_files_and_folders()
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.AdminAsync();
        var customer = await CustomerOrganisations.WithSignedInUserAsync(server, admin, "Acme Ltd", "olive");
        await new FaxService.FaxServiceClient(server.Channel).SubmitFaxAsync(
            new SubmitFaxRequest { To = "020 7946 0123", Resolution = FaxResolution.Standard, Document = ByteString.CopyFrom(await SampleDocuments.PdfAsync(1)) },
            customer.Headers);

        var files = Directory.EnumerateFiles(server.DataDirectory, "*", SearchOption.AllDirectories).ToList();
        var folders = Directory.EnumerateDirectories(server.DataDirectory, "*", SearchOption.AllDirectories).Append(server.DataDirectory).ToList();

        foreach (var expected in new[] { "groupus.db", "groupus.db-wal", "groupus.db-shm", "privacy-vault.db", "privacy-vault.db-wal", "privacy-vault.db-shm" })
        {
            Assert.Contains(Path.Combine(server.DataDirectory, expected), files);
        }

        Assert.Contains(files, file => file.Contains($"{Path.DirectorySeparatorChar}content{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        Assert.Contains(files, file => file.Contains($"{Path.DirectorySeparatorChar}keys{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        Assert.All(files, file => Assert.True((File.GetUnixFileMode(file) & GroupOrOther) == 0, $"{file} is {File.GetUnixFileMode(file)}"));
        Assert.All(folders, folder => Assert.True((File.GetUnixFileMode(folder) & GroupOrOther) == 0, $"{folder} is {File.GetUnixFileMode(folder)}"));
    }

    [Fact]
    public async Task A_database_left_readable_by_others_is_restricted_when_the_server_starts()
    {
        var dataDirectory = TestServer.NewDataDirectory();
        await using (var first = await TestServer.StartAsync(dataDirectory))
        {
            await first.AdminAsync();
        }

        var database = Path.Combine(dataDirectory, "groupus.db");
        File.SetUnixFileMode(database, File.GetUnixFileMode(database) | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        await using var second = await TestServer.StartAsync(dataDirectory);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(database));
    }
}
