using System.Text.Json;
using Groupus.Api.Grpc.Privacy.V1;
using Groupus.IntegrationTests.Accounts.Prospects;
using Groupus.IntegrationTests.Privacy.Vault;
using Groupus.IntegrationTests.Support;

namespace Groupus.IntegrationTests.Privacy;

/// <summary>
/// A phone number (a switchboard) or a name at a company can be shared by several people: the register never makes
/// them one subject, the officer sees them as candidates with what matched, and a request covers the subjects the
/// officer confirmed, no one else.
/// </summary>
public sealed class SharedIdentifierTests
{
    private const string Switchboard = "+442079460000";

    [Fact]
    public async Task Two_prospects_sharing_a_switchboard_number_stay_two_people_and_one_access_export_holds_only_its_own_person()
    {
        await using var world = await RequestWorld.StartAsync();
        var sales = new SalesClients(world.Server.Channel);
        var ada = SalesClients.Enquiry("ada.canary@engines.example", "020 7946 0000", "ada-enquiry-canary-1187");
        var bob = SalesClients.Enquiry("bob.babbage@engines.example", "020 7946 0000", "bob-enquiry-2291");
        bob.ContactName = "Bob Babbage";
        await sales.Prospects.SubmitEnquiryAsync(ada);
        await sales.Prospects.SubmitEnquiryAsync(bob);

        var byPhone = await world.Privacy.FindSubjectsAsync(new FindSubjectsRequest { Query = new SubjectQuery { Phone = Switchboard } }, world.Officer.Headers);
        var byAdaEmail = await world.Privacy.FindSubjectsAsync(new FindSubjectsRequest { Query = new SubjectQuery { Email = ada.WorkEmail } }, world.Officer.Headers);
        var byBobEmail = await world.Privacy.FindSubjectsAsync(new FindSubjectsRequest { Query = new SubjectQuery { Email = bob.WorkEmail } }, world.Officer.Headers);

        Assert.Equal(2, byPhone.Matches.Count);
        Assert.All(byPhone.Matches, m => Assert.Equal((SubjectIdentifierKind.Phone, "SHARED"), (m.MatchedBy, m.MatchStrength)));
        var adaSubject = Assert.Single(byAdaEmail.Matches);
        var bobSubject = Assert.Single(byBobEmail.Matches);
        Assert.Equal((SubjectIdentifierKind.Email, "STRONG"), (bobSubject.MatchedBy, bobSubject.MatchStrength));
        Assert.NotEqual(adaSubject.SubjectId, bobSubject.SubjectId);
        Assert.Equal([adaSubject.SubjectId, bobSubject.SubjectId], byPhone.Matches.Select(m => m.SubjectId).Order());

        var request = await world.VerifiedAsync(Guid.Parse(bobSubject.SubjectId), RequestType.Access, bob.WorkEmail);
        var done = await world.Privacy.RunRequestAsync(new RunRequestRequest { RequestId = request.Id }, world.Officer.Headers);
        Assert.Equal(RequestStatus.Completed, done.Status);
        var data = await world.DownloadDataJsonAsync(request.Id);

        Assert.Contains("bob-enquiry-2291", data, StringComparison.Ordinal);
        Assert.DoesNotContain("ada-enquiry-canary-1187", data, StringComparison.Ordinal);
        Assert.DoesNotContain("ada.canary@engines.example", data, StringComparison.Ordinal);
        Assert.DoesNotContain("Ada Lovelace", data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_officer_confirms_shared_candidates_with_the_cli_and_one_erasure_covers_them_and_no_one_else()
    {
        await using var world = await RequestWorld.StartAsync();
        var services = world.Server.App.Services;
        var sales = new SalesClients(world.Server.Channel);
        var zed = SalesClients.Enquiry("zed.canary@widgets.example", "020 7946 0000", "zed-enquiry-5531");
        zed.ContactName = "Zed Canary";
        zed.Company = "Canary Widgets";
        var yan = SalesClients.Enquiry("yan.other@widgets.example", "020 7946 0000", "yan-enquiry-8812");
        yan.ContactName = "Yan Other";
        yan.Company = "Canary Widgets";
        await sales.Prospects.SubmitEnquiryAsync(zed);
        await sales.Prospects.SubmitEnquiryAsync(yan);
        var visit = await SubjectSeeds.VisitAsync(services, "Zed Canary", "Canary Widgets", "zed-visit-4410");
        var cli = new CliProcess(world.Server.Address);
        await Expect(0, cli.RunAsync($"{TestServer.StrongPassword}\n", "login", "--username", "priya", "--password-stdin"));

        var byEmail = await Expect(0, cli.RunAsync(null, "privacy", "subjects", "find", "--email", zed.WorkEmail, "--output", "json"));
        var zedSubject = JsonDocument.Parse(byEmail.Output).RootElement.GetProperty("matches")[0].GetProperty("subjectId").GetString()!;
        var byName = await Expect(0, cli.RunAsync(null, "privacy", "subjects", "find", "--name", "Zed Canary", "--company", "Canary Widgets"));
        Assert.Contains(zedSubject, byName.Output, StringComparison.Ordinal);
        Assert.Contains(visit.DataSubjectId.ToString(), byName.Output, StringComparison.Ordinal);
        Assert.Contains("shared", byName.Output, StringComparison.Ordinal);
        var byPhone = await Expect(0, cli.RunAsync(null, "privacy", "subjects", "find", "--phone", Switchboard, "--output", "json"));
        Assert.Equal(2, JsonDocument.Parse(byPhone.Output).RootElement.GetProperty("matches").GetArrayLength());

        var created = await Expect(0, cli.RunAsync(null, "privacy", "requests", "new", "--subject", zedSubject, "--also-subject", visit.DataSubjectId.ToString(),
            "--type", "erasure", "--channel", "email", "--email", zed.WorkEmail, "--output", "json"));
        var requestId = JsonDocument.Parse(created.Output).RootElement.GetProperty("request").GetProperty("id").GetString()!;
        var code = await world.SendCodeAsync(requestId);
        await Expect(0, cli.RunAsync(null, "privacy", "requests", "verify", requestId, "--code", code));
        var run = await Expect(0, cli.RunAsync(null, "privacy", "requests", "run", requestId));
        Assert.Contains("completed", run.Output, StringComparison.OrdinalIgnoreCase);

        var zedNow = await world.Privacy.FindSubjectsAsync(new FindSubjectsRequest { Query = new SubjectQuery { Name = "Zed Canary", Company = "Canary Widgets" } }, world.Officer.Headers);
        Assert.Empty(zedNow.Matches);
        var yanNow = await world.Privacy.FindSubjectsAsync(new FindSubjectsRequest { Query = new SubjectQuery { Email = yan.WorkEmail } }, world.Officer.Headers);
        Assert.Contains(Assert.Single(yanNow.Matches).Holdings, h => h.Module == "sales" && h.RecordCount == 1);
        var certificate = await world.Privacy.GetErasureCertificateAsync(new GetErasureCertificateRequest { RequestId = requestId }, world.Officer.Headers);
        Assert.True(certificate.SubjectKeyDestroyed);
        Assert.Contains(certificate.Lines, l => l is { Module: "visitors", Action: "DELETED", RecordCount: 1 });
        Assert.Contains(certificate.Lines, l => l is { Module: "sales", RecordType: "Prospect", RecordCount: 1 });
    }

    private static async Task<CliRun> Expect(int exitCode, Task<CliRun> run)
    {
        var result = await run;
        Assert.True(result.ExitCode == exitCode, $"Expected exit {exitCode}; got {result}");
        return result;
    }
}
