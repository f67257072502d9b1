using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Auth.V1;
using Groupus.Api.Grpc.Privacy.V1;
using Groupus.Application.Privacy;
using Groupus.Contracts.Privacy;
using Groupus.IntegrationTests.Accounts.Prospects;
using Groupus.IntegrationTests.Privacy.Vault;
using Groupus.IntegrationTests.Support;
using Grpc.Core;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.IntegrationTests.Privacy;

/// <summary>
/// The documented backup procedure: the database is backed up apart from the vault, and restored without it. A restore
/// from before an erasure must not bring the person back: the server applies the erasure again from the ledger at
/// start-up, the old password no longer signs in, the person is not marketed to, and running the request again completes.
/// </summary>
public sealed class ErasureAfterRestoreTests
{
    private const string Username = "rory-restore";
    private const string Email = Username + "@example.co.uk";

    [Fact]
    public async Task A_database_restored_from_before_an_erasure_is_erased_again_at_start_and_the_request_runs_again_cleanly()
    {
        var directory = TestServer.NewDataDirectory();
        string requestId;
        string organisationId;
        await using (var world = await RequestWorld.StartAsync(dataDirectory: directory))
        {
            organisationId = (await CustomerOrganisations.WithSignedInUserAsync(world.Server, await world.Server.AdminAsync(), "Restore Ltd", Username)).OrganisationId;
            await new SalesClients(world.Server.Channel).Marketing.SubscribeAsync(new SubscribeRequest { Email = Email, NoticeVersion = "2026-01", Wording = "Send me news" });
            var found = await world.Privacy.FindSubjectsAsync(new FindSubjectsRequest { Query = new SubjectQuery { Email = Email } }, world.Officer.Headers);
            requestId = (await world.VerifiedAsync(Guid.Parse(Assert.Single(found.Matches).SubjectId), RequestType.Erasure, Email)).Id;
        }

        var backup = directory + "-backup";
        DataDirectoryCopy.DatabaseAndContent(directory, backup);
        await using (var world = await RequestWorld.StartAsync(dataDirectory: directory, newOfficer: false))
        {
            var done = await world.Privacy.RunRequestAsync(new RunRequestRequest { RequestId = requestId }, world.Officer.Headers);
            Assert.Equal(RequestStatus.Completed, done.Status);
        }

        RestoreDatabase(backup, directory);
        await using (var world = await RequestWorld.StartAsync(dataDirectory: directory, newOfficer: false))
        {
            var signIn = await RpcFailure.Of(() => new AuthService.AuthServiceClient(world.Server.Channel)
                .LoginCustomerAsync(new LoginRequest { OrganisationId = organisationId, Username = Username, Password = TestServer.StrongPassword }));
            Assert.Equal(StatusCode.Unauthenticated, signIn.StatusCode);
            var support = await world.Server.StaffAsync("sam", "support");
            var audience = await new SalesClients(world.Server.Channel).Marketing.SelectMarketingAudienceAsync(new SelectMarketingAudienceRequest(), support.Headers);
            Assert.Empty(audience.Recipients);
            Assert.Equal(1, await DatabaseSnapshot.CountAsync(world.Server.DatabaseFile, "SELECT COUNT(*) FROM privacy_audit WHERE Action = 'erasure.reapplied'"));

            var again = await world.Privacy.RunRequestAsync(new RunRequestRequest { RequestId = requestId }, world.Officer.Headers);

            Assert.Equal(RequestStatus.Completed, again.Status);
            var found = await world.Privacy.FindSubjectsAsync(new FindSubjectsRequest { Query = new SubjectQuery { Email = Email } }, world.Officer.Headers);
            Assert.Empty(found.Matches);
        }
    }

    [Fact]
    public async Task A_customer_user_whose_key_is_gone_cannot_sign_in_even_with_the_right_password()
    {
        await using var server = await TestServer.StartAsync();
        var user = await CustomerOrganisations.WithSignedInUserAsync(server, await server.AdminAsync(), "Keyless Ltd", "kim-keyless");
        var subject = Assert.Single(await server.App.Services.GetRequiredService<IDataSubjectRegistry>()
            .FindAsync(SubjectIdentifier.CustomerUser(Guid.Parse(user.UserId)), CancellationToken.None));

        await server.App.Services.GetRequiredService<ISubjectKeyVault>().DestroyAsync(subject, CancellationToken.None);

        var refused = await RpcFailure.Of(() => new AuthService.AuthServiceClient(server.Channel)
            .LoginCustomerAsync(new LoginRequest { OrganisationId = user.OrganisationId, Username = "kim-keyless", Password = TestServer.StrongPassword }));
        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
    }

    /// <summary>As an operator restores a database backup: server stopped, database files replaced, the vault left as it is.</summary>
    private static void RestoreDatabase(string backup, string directory)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(directory, "groupus.db*"))
        {
            File.Delete(file);
        }

        foreach (var file in Directory.GetFiles(backup, "groupus.db*"))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }
    }
}
