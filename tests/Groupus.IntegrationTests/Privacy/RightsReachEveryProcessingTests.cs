using System.IO.Compression;
using System.Text.Json;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Auth.V1;
using Groupus.Api.Grpc.Privacy.V1;
using Groupus.IntegrationTests.Accounts.Prospects;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Privacy;

/// <summary>
/// The rights reach everything the notice means, exercised by the officer at the CLI: a restriction stops a person's
/// sign-ins and sales follow-ups, an access export carries their sign-ins and the marketing sent to them, a reseller's
/// contact is found, and identity codes cannot be sent without limit.
/// </summary>
public sealed class RightsReachEveryProcessingTests
{
    [Fact]
    public async Task A_fully_restricted_person_can_neither_sign_in_nor_be_followed_up_until_the_restriction_is_lifted()
    {
        await using var world = await RequestWorld.StartAsync();
        const string email = "rita-restricted@example.co.uk";
        var rita = await CustomerOrganisations.WithSignedInUserAsync(world.Server, await world.Server.AdminAsync(), "Restricted Ltd", "rita-restricted");
        var sales = new SalesClients(world.Server.Channel);
        var prospect = await sales.Prospects.SubmitEnquiryAsync(SalesClients.Enquiry(email));
        var support = await world.Server.StaffAsync("sam", "support");
        var officer = await OfficerCli.SignInAsync(world.Server, "priya");
        var request = await officer.NewRequestAsync(await officer.SubjectOfAsync(email), "restriction", email);
        await officer.VerifyAsync(request, world.OutgoingMail);

        await officer.RunAsync("privacy", "requests", "run", request);

        var signIn = await RpcFailure.Of(() => new AuthService.AuthServiceClient(world.Server.Channel)
            .LoginCustomerAsync(new LoginRequest { OrganisationId = rita.OrganisationId, Username = "rita-restricted", Password = TestServer.StrongPassword }));
        Assert.Equal((StatusCode.FailedPrecondition, "PROCESSING_RESTRICTED"), (signIn.StatusCode, signIn.Reason));
        var followUp = await RpcFailure.Of(() => sales.Prospects.FollowUpProspectAsync(
            new FollowUpProspectRequest { ProspectId = prospect.ProspectId, Status = ProspectStatus.Contacted, Note = "Called back" }, support.Headers));
        Assert.Equal((StatusCode.FailedPrecondition, "PROCESSING_RESTRICTED"), (followUp.StatusCode, followUp.Reason));

        await officer.RunAsync("privacy", "requests", "lift", request, "--reason", "accuracy confirmed");

        await new AuthService.AuthServiceClient(world.Server.Channel).LoginCustomerAsync(new LoginRequest { OrganisationId = rita.OrganisationId, Username = "rita-restricted", Password = TestServer.StrongPassword });
        await sales.Prospects.FollowUpProspectAsync(
            new FollowUpProspectRequest { ProspectId = prospect.ProspectId, Status = ProspectStatus.Contacted, Note = "Called back" }, support.Headers);
    }

    [Fact]
    public async Task An_access_export_carries_the_persons_sign_ins_and_the_marketing_sent_to_them()
    {
        await using var world = await RequestWorld.StartAsync();
        const string email = "sid-signs@example.co.uk";
        await CustomerOrganisations.WithSignedInUserAsync(world.Server, await world.Server.AdminAsync(), "Sign Ins Ltd", "sid-signs");
        var sales = new SalesClients(world.Server.Channel);
        await sales.Marketing.SubscribeAsync(new SubscribeRequest { Email = email, NoticeVersion = "2026-01", Wording = "Send me news" });
        var support = await world.Server.StaffAsync("sam", "support");
        await sales.Marketing.SendMarketingMessageAsync(new SendMarketingMessageRequest { Email = email, Campaign = "Winter offers 2026" }, support.Headers);
        var officer = await OfficerCli.SignInAsync(world.Server, "priya");
        var request = await officer.NewRequestAsync(await officer.SubjectOfAsync(email), "access", email);
        await officer.VerifyAsync(request, world.OutgoingMail);
        await officer.RunAsync("privacy", "requests", "run", request);
        var file = Path.Combine(world.Server.DataDirectory + "-export", "sid.zip");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);

        await officer.RunAsync("privacy", "requests", "export", request, "--out", file);

        using var zip = ZipFile.OpenRead(file);
        using var data = await JsonDocument.ParseAsync(zip.GetEntry("data.json")!.Open());
        var records = RecordsOf(data.RootElement).ToList();
        Assert.Contains(records, r => r.GetProperty("recordType").GetString() == "SignInEvent"
            && r.GetProperty("fields").GetProperty("Outcome").GetString() == "Succeeded");
        Assert.Contains(records, r => r.GetProperty("recordType").GetString() == "MarketingSend"
            && r.GetProperty("fields").GetProperty("Campaign").GetString() == "Winter offers 2026");
    }

    [Fact]
    public async Task A_resellers_contact_is_enrolled_and_found_by_the_privacy_officer()
    {
        await using var world = await RequestWorld.StartAsync();
        var admin = await world.Server.AdminAsync();
        await new SalesClients(world.Server.Channel).Resellers.AddResellerAsync(SalesClients.Reseller(email: "pat.partner@voice-partners.example.co.uk"), admin.Headers);
        var officer = await OfficerCli.SignInAsync(world.Server, "priya");

        var found = await officer.JsonAsync("privacy", "subjects", "find", "--email", "pat.partner@voice-partners.example.co.uk");

        var holding = Assert.Single(found.GetProperty("matches")[0].GetProperty("holdings").EnumerateArray());
        Assert.Equal(("partners", "Reseller"), (holding.GetProperty("module").GetString(), holding.GetProperty("recordType").GetString()));
    }

    [Fact]
    public async Task Identity_codes_for_one_request_are_limited_per_hour_with_a_clear_refusal()
    {
        var clock = new SettableClock(DateTimeOffset.UtcNow);
        await using var world = await RequestWorld.StartAsync(clock: clock);
        var subject = await world.EnrolAsync("cody@example.com", "+447700900077");
        var request = await world.CreateAsync(subject, RequestType.Access, "cody@example.com");
        for (var i = 0; i < 5; i++)
        {
            await world.SendCodeAsync(request.Id);
        }

        var officer = await OfficerCli.SignInAsync(world.Server, "priya");
        var refused = await officer.RunAsync(8, null, "privacy", "requests", "verify", request.Id, "--send-to", "email");

        Assert.Contains("5 code(s) were already sent for this request in the last hour", refused.Error, StringComparison.Ordinal);
        Assert.Equal(5, Directory.GetFiles(world.OutgoingMail, "*.eml").Length);
        clock.Advance(TimeSpan.FromMinutes(61));
        await world.SendCodeAsync(request.Id);
    }

    private static IEnumerable<JsonElement> RecordsOf(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("recordType", out _) && element.TryGetProperty("fields", out _))
            {
                yield return element;
            }

            foreach (var child in element.EnumerateObject().SelectMany(p => RecordsOf(p.Value)))
            {
                yield return child;
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in element.EnumerateArray().SelectMany(RecordsOf))
            {
                yield return child;
            }
        }
    }
}
