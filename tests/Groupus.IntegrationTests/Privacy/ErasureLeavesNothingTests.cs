using Groupus.IntegrationTests.Privacy.Vault;
using Groupus.IntegrationTests.Support;

namespace Groupus.IntegrationTests.Privacy;

/// <summary>
/// An erasure the officer runs at the CLI takes everything: the customer user's sign-in name, the identity-code e-mail
/// still waiting in the outgoing mail spool, and the words the officer typed on the request (notes, pause and extension
/// reasons), which neither the request's history nor the audit log keeps readable, live or in a copy taken before.
/// </summary>
public sealed class ErasureLeavesNothingTests
{
    [Fact]
    public async Task An_erasure_run_at_the_cli_leaves_no_username_no_spooled_code_and_none_of_the_officers_words()
    {
        await using var world = await RequestWorld.StartAsync();
        const string username = "zed-canary-4410";
        const string email = username + "@example.co.uk";
        string[] words = ["pause-words-5521 asked for a utility bill", "extend-words-6634 awaiting the bill", "note-words-7745 rang reception"];
        await CustomerOrganisations.WithSignedInUserAsync(world.Server, await world.Server.AdminAsync(), "Canary Widgets Ltd", username);
        var officer = await OfficerCli.SignInAsync(world.Server, "priya");

        var subject = await officer.SubjectOfAsync(email);
        var request = await officer.NewRequestAsync(subject, "erasure", email, "--notes", words[2]);
        await officer.RunAsync("privacy", "requests", "pause", request, "--reason", words[0]);
        await officer.RunAsync("privacy", "requests", "resume", request);
        await officer.RunAsync("privacy", "requests", "extend", request, "--days", "5", "--reason", words[1]);
        await officer.VerifyAsync(request, world.OutgoingMail);
        var open = await officer.RunAsync("privacy", "requests", "show", request);
        Assert.Contains(words[0], open.Output, StringComparison.Ordinal);
        var backup = world.Server.DataDirectory + "-backup";
        DataDirectoryCopy.DatabaseAndContent(world.Server.DataDirectory, backup);

        await officer.RunAsync("privacy", "requests", "run", request);

        Assert.Equal(0, await DatabaseSnapshot.CountAsync(world.Server.DatabaseFile, $"SELECT COUNT(*) FROM accounts_customer_users WHERE Username = '{username}'"));
        Assert.Empty(Directory.GetFiles(world.OutgoingMail));
        var live = Directory.GetFiles(world.Server.DataDirectory).Append(Path.Combine(world.Server.DataDirectory, "content")).Append(world.OutgoingMail);
        Assert.Empty(ByteScan.FindText([.. live, backup], [email, .. words]));
        var audit = await DatabaseSnapshot.CountAsync(
            world.Server.DatabaseFile, "SELECT COUNT(*) FROM privacy_audit WHERE Action IN ('request.paused', 'request.extended') AND Details LIKE '%\"reason\":\"given\"%'");
        Assert.Equal(2, audit);
        var closed = await officer.RunAsync("privacy", "requests", "show", request);
        Assert.DoesNotContain(words[0], closed.Output, StringComparison.Ordinal);
    }
}
