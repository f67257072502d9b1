using Groupus.Api.Grpc.Privacy.V1;
using Groupus.IntegrationTests.Privacy.Vault;

namespace Groupus.IntegrationTests.Privacy;

/// <summary>
/// The canary test through the officer's own path: a person found, an erasure request made under their e-mail
/// with notes, a code sent to them, verified and run. A copy of the database and content store taken before the run
/// yields nothing of theirs afterwards: not their records, not the request's own note of them, not the message sent.
/// </summary>
public sealed class RequestErasureCanaryTests
{
    [Fact]
    public async Task An_erasure_request_leaves_nothing_readable_of_the_person_in_the_live_files_or_an_earlier_copy()
    {
        await using var world = await RequestWorld.StartAsync();
        var services = world.Server.App.Services;
        const string email = "zed.canaryperson@canary-example.com";
        string[] canaries = [email, "Zed Canaryperson", "Canaryperson Widgets", "canary-enquiry-7731", "canary-note-5512", "canary-request-note-9040"];
        var subject = await world.EnrolAsync(email, "+447700900099");
        await SubjectSeeds.ProspectAsync(services, "Zed Canaryperson", "Canaryperson Widgets", email, "canary-enquiry-7731", "canary-note-5512");
        await SubjectSeeds.SubscriptionAsync(services, email, "Zed Canaryperson");
        await SubjectSeeds.VisitAsync(services, "Zed Canaryperson", "Canaryperson Widgets", "canary-enquiry-7731");
        var other = await world.EnrolAsync("other.person@example.com", "+447700900098");
        await SubjectSeeds.ProspectAsync(services, "Olive Other", "Other Ltd", "other.person@example.com", "Other enquiry", "Other note");

        var found = await world.Privacy.FindSubjectsAsync(new FindSubjectsRequest { Query = new SubjectQuery { Email = email } }, world.Officer.Headers);
        Assert.Equal(subject.ToString(), Assert.Single(found.Matches).SubjectId);
        // The visit names the person by name and company only: a candidate subject of its own, which the person confirms.
        var candidates = await world.Privacy.FindSubjectsAsync(
            new FindSubjectsRequest { Query = new SubjectQuery { Name = "Zed Canaryperson", Company = "Canaryperson Widgets" } }, world.Officer.Headers);
        var visitSubject = Assert.Single(candidates.Matches, m => m.SubjectId != subject.ToString());
        Assert.Equal("SHARED", visitSubject.MatchStrength);
        var created = await world.Privacy.CreateRequestAsync(
            new CreateRequestRequest
            {
                SubjectId = subject.ToString(), Type = RequestType.Erasure, Channel = "email", NamedAs = new SubjectQuery { Email = email },
                Notes = "canary-request-note-9040",
                AlsoSubjectIds = { visitSubject.SubjectId },
            },
            world.Officer.Headers);
        var code = await world.SendCodeAsync(created.Request.Id);
        await world.Privacy.VerifyIdentityAsync(new VerifyIdentityRequest { RequestId = created.Request.Id, Code = code }, world.Officer.Headers);

        var backup = world.Server.DataDirectory + "-backup";
        DataDirectoryCopy.DatabaseAndContent(world.Server.DataDirectory, backup);
        var done = await world.Privacy.RunRequestAsync(new RunRequestRequest { RequestId = created.Request.Id }, world.Officer.Headers);

        Assert.Equal(RequestStatus.Completed, done.Status);
        // The pickup directory is a spool the mail relay empties as it sends; it is not storage, so it is not scanned.
        var live = Directory.GetFiles(world.Server.DataDirectory).Append(Path.Combine(world.Server.DataDirectory, "content"));
        Assert.Empty(ByteScan.FindText([.. live, backup], canaries));
        var otherStill = await world.Privacy.FindSubjectsAsync(new FindSubjectsRequest { Query = new SubjectQuery { Email = "other.person@example.com" } }, world.Officer.Headers);
        Assert.Equal(other.ToString(), Assert.Single(otherStill.Matches).SubjectId);
        Assert.Contains(otherStill.Matches[0].Holdings, h => h.Module == "sales" && h.Examples.Any(e => e.Contains("Olive Other", StringComparison.Ordinal)));
    }
}
