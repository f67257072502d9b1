using Groupus.Api.Grpc.Privacy.V1;
using Groupus.Application.Privacy.Audit;
using Groupus.IntegrationTests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.IntegrationTests.Privacy;

/// <summary>The privacy audit log is a hash chain in the real SQLite file: tampering with it directly is found and named.</summary>
public sealed class PrivacyAuditLogTests
{
    [Fact]
    public async Task Several_appends_verify_as_one_intact_chain()
    {
        await using var server = await TestServer.StartAsync();
        var officer = await OfficerAsync(server);

        await AppendAsync(server, 5);

        var verification = await officer.Privacy.VerifyAuditLogAsync(new VerifyAuditLogRequest(), officer.Headers);
        Assert.True(verification.Intact, verification.Reason);
        Assert.Equal(5, verification.RowsChecked);
        Assert.Equal(64, verification.HeadHash.Length);
    }

    [Fact]
    public async Task A_row_whose_details_were_edited_in_the_database_file_is_named()
    {
        await using var server = await TestServer.StartAsync();
        var officer = await OfficerAsync(server);
        await AppendAsync(server, 5);

        await ExecuteAsync(server, "UPDATE privacy_audit SET Details = '{\"n\":\"999\"}' WHERE Sequence = 3");

        var verification = await officer.Privacy.VerifyAuditLogAsync(new VerifyAuditLogRequest(), officer.Headers);
        Assert.False(verification.Intact);
        Assert.Equal(3, verification.FirstBrokenSequence);
        Assert.Equal("EDITED", verification.Problem);
        Assert.Equal(2, verification.RowsChecked);
    }

    [Fact]
    public async Task A_row_deleted_from_the_database_file_is_named_as_the_gap()
    {
        await using var server = await TestServer.StartAsync();
        var officer = await OfficerAsync(server);
        await AppendAsync(server, 5);

        await ExecuteAsync(server, "DELETE FROM privacy_audit WHERE Sequence = 4");

        var verification = await officer.Privacy.VerifyAuditLogAsync(new VerifyAuditLogRequest(), officer.Headers);
        Assert.False(verification.Intact);
        Assert.Equal(4, verification.FirstBrokenSequence);
        Assert.Equal("MISSING", verification.Problem);
        Assert.Contains("row 4 is missing", verification.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_swapped_in_the_database_file_are_found_at_the_first_swapped_row()
    {
        await using var server = await TestServer.StartAsync();
        var officer = await OfficerAsync(server);
        await AppendAsync(server, 5);

        await ExecuteAsync(server, "UPDATE privacy_audit SET Sequence = -2 WHERE Sequence = 2");
        await ExecuteAsync(server, "UPDATE privacy_audit SET Sequence = 2 WHERE Sequence = 3");
        await ExecuteAsync(server, "UPDATE privacy_audit SET Sequence = 3 WHERE Sequence = -2");

        var verification = await officer.Privacy.VerifyAuditLogAsync(new VerifyAuditLogRequest(), officer.Headers);
        Assert.False(verification.Intact);
        Assert.Equal(2, verification.FirstBrokenSequence);
    }

    [Fact]
    public async Task A_row_rewritten_with_a_freshly_computed_hash_breaks_the_link_to_the_next_row()
    {
        await using var server = await TestServer.StartAsync();
        var officer = await OfficerAsync(server);
        await AppendAsync(server, 3);
        var forged = Groupus.Domain.Privacy.AuditChainHash.Compute(2, await ReadAtAsync(server, 2), "system", "test.appended", null, "{}", await ReadPreviousHashAsync(server, 2));

        await ExecuteAsync(server, $"UPDATE privacy_audit SET Actor = 'system', SubjectReference = NULL, Details = '{{}}', Hash = '{forged}' WHERE Sequence = 2");

        var verification = await officer.Privacy.VerifyAuditLogAsync(new VerifyAuditLogRequest(), officer.Headers);
        Assert.False(verification.Intact);
        Assert.Equal(3, verification.FirstBrokenSequence);
        Assert.Equal("UNLINKED", verification.Problem);
    }

    [Fact]
    public async Task Fifty_appends_in_parallel_keep_one_unbroken_chain()
    {
        await using var server = await TestServer.StartAsync();
        var officer = await OfficerAsync(server);

        await Task.WhenAll(Enumerable.Range(1, 50).Select(i => Task.Run(() => AppendOneAsync(server, i))));

        var verification = await officer.Privacy.VerifyAuditLogAsync(new VerifyAuditLogRequest(), officer.Headers);
        Assert.True(verification.Intact, verification.Reason);
        Assert.Equal(50, verification.RowsChecked);
        Assert.Equal(50, await DatabaseSnapshot.CountAsync(server.DatabaseFile, "SELECT COUNT(DISTINCT Details) FROM privacy_audit"));
        Assert.Equal(50, await DatabaseSnapshot.CountAsync(server.DatabaseFile, "SELECT MAX(Sequence) FROM privacy_audit"));
    }

    private static async Task<PrivacySession> OfficerAsync(TestServer server) =>
        new(await server.StaffAsync("priya", "privacy-officer"));

    private static async Task AppendAsync(TestServer server, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            await AppendOneAsync(server, i);
        }
    }

    private static async Task AppendOneAsync(TestServer server, int n)
    {
        await using var scope = server.App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IPrivacyAudit>()
            .AppendAsync("test.appended", $"subject-{n}", new Dictionary<string, string> { ["n"] = n.ToString(System.Globalization.CultureInfo.InvariantCulture) }, CancellationToken.None);
    }

    private static async Task ExecuteAsync(TestServer server, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={server.DatabaseFile};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private static async Task<DateTime> ReadAtAsync(TestServer server, long sequence)
    {
        await using var scope = server.App.Services.CreateAsyncScope();
        await foreach (var entry in scope.ServiceProvider.GetRequiredService<IPrivacyAuditTrail>().ReadInSequenceOrderAsync(CancellationToken.None))
        {
            if (entry.Sequence == sequence)
            {
                return entry.AtUtc;
            }
        }

        throw new InvalidOperationException($"No row {sequence}.");
    }

    private static async Task<string> ReadPreviousHashAsync(TestServer server, long sequence)
    {
        await using var connection = new SqliteConnection($"Data Source={server.DatabaseFile};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT PreviousHash FROM privacy_audit WHERE Sequence = {sequence}";
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
