using Groupus.Api.Grpc.Accounts.V1;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Accounts.Prospects;

public sealed class ProspectsEndToEndTests
{
    [Fact]
    public async Task An_anonymous_enquiry_is_followed_up_by_staff_from_new_to_converted_and_registers_an_organisation()
    {
        await using var server = await TestServer.StartAsync();
        var sales = new SalesClients(server.Channel);
        var support = await server.StaffAsync("sam", "support");

        var receipt = await sales.Prospects.SubmitEnquiryAsync(SalesClients.Enquiry());
        Assert.NotEmpty(receipt.ProspectId);

        var received = await sales.Prospects.GetProspectAsync(new GetProspectRequest { ProspectId = receipt.ProspectId }, support.Headers);
        Assert.Equal(ProspectStatus.New, received.Status);
        Assert.Equal(EnquirySource.WebsiteForm, received.Source);
        Assert.Equal("+442079460000", received.WorkPhone);
        Assert.Equal("GB", received.CountryCode);
        Assert.Equal("ada.lovelace@engines.example.co.uk", received.WorkEmail);
        Assert.Empty(received.EnteredByStaffId);
        Assert.Contains("\n", received.Enquiry, StringComparison.Ordinal);

        var contacted = await FollowUpAsync(sales, support, receipt.ProspectId, ProspectStatus.Contacted, "Called Ada; demo booked.");
        var noted = await FollowUpAsync(sales, support, receipt.ProspectId, ProspectStatus.Contacted, "Demo went well.");
        var qualified = await FollowUpAsync(sales, support, receipt.ProspectId, ProspectStatus.Qualified, "Budget confirmed.");
        var converted = await sales.Prospects.FollowUpProspectAsync(new FollowUpProspectRequest
        {
            ProspectId = receipt.ProspectId,
            Status = ProspectStatus.Converted,
            Note = "Signed.",
            RegisterOrganisation = true,
            ExpectedVersion = qualified.Version,
        }, support.Headers);

        Assert.Equal(ProspectStatus.Contacted, contacted.Status);
        Assert.Equal(ProspectStatus.Contacted, noted.Status);
        Assert.Equal(ProspectStatus.Converted, converted.Status);
        Assert.Equal(
            [(ProspectStatus.New, ProspectStatus.Contacted), (ProspectStatus.Contacted, ProspectStatus.Contacted), (ProspectStatus.Contacted, ProspectStatus.Qualified),
                (ProspectStatus.Qualified, ProspectStatus.Converted)],
            converted.FollowUps.Select(f => (f.FromStatus, f.ToStatus)));
        Assert.All(converted.FollowUps, f => Assert.NotEmpty(f.StaffId));
        Assert.All(converted.FollowUps, f => Assert.NotNull(f.At));
        Assert.NotEmpty(converted.OrganisationId);

        var organisation = await new OrganisationService.OrganisationServiceClient(server.Channel)
            .GetOrganisationAsync(new GetOrganisationRequest { OrganisationId = converted.OrganisationId }, support.Headers);
        Assert.Equal("Analytical Engines Ltd", organisation.LegalName);
        Assert.Equal(OrganisationStatus.Prospect, organisation.Status);

        var final = await RpcFailure.Of(() => sales.Prospects.FollowUpProspectAsync(
            new FollowUpProspectRequest { ProspectId = receipt.ProspectId, Status = ProspectStatus.Lost, LostReason = "Changed their mind" }, support.Headers));
        Assert.Equal(StatusCode.FailedPrecondition, final.StatusCode);
        Assert.Equal("PROSPECT_STATUS_CHANGE_NOT_ALLOWED", final.Reason);

        Assert.Equal(1, await OutboxCountAsync(server, "DataSubjectRegistered", receipt.ProspectId));
        Assert.Equal(4, await OutboxCountAsync(server, "DataSubjectChanged", receipt.ProspectId));
        Assert.DoesNotContain(server.Logs.Lines, line => line.Contains("ada.lovelace", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Staff_record_an_enquiry_taken_by_phone_list_it_and_lose_it_with_a_reason()
    {
        await using var server = await TestServer.StartAsync();
        var sales = new SalesClients(server.Channel);
        var admin = await server.AdminAsync();
        var billing = await server.StaffAsync("bea", "billing");
        var enquiry = SalesClients.Enquiry(email: "grace@compilers.example.com");

        var recorded = await sales.Prospects.RecordEnquiryAsync(new RecordEnquiryRequest
        {
            Kind = EnquiryKind.Enquiry,
            Source = EnquirySource.Phone,
            Company = "Compilers plc",
            ContactName = "Grace Hopper",
            WorkEmail = enquiry.WorkEmail,
            WorkPhone = "+1 202 555 0123",
            CountryCode = "US",
            Enquiry = "Asked about contact-centre seats.",
        }, admin.Headers);
        Assert.Equal(EnquirySource.Phone, recorded.Source);
        Assert.NotEmpty(recorded.EnteredByStaffId);
        Assert.Equal("+12025550123", recorded.WorkPhone);

        var noReason = await RpcFailure.Of(() => sales.Prospects.FollowUpProspectAsync(
            new FollowUpProspectRequest { ProspectId = recorded.Id, Status = ProspectStatus.Lost }, admin.Headers));
        Assert.Equal(StatusCode.InvalidArgument, noReason.StatusCode);
        Assert.Contains("required", noReason.Violations["lost_reason"], StringComparison.Ordinal);

        var lost = await FollowUpAsync(sales, admin, recorded.Id, ProspectStatus.Lost, null, lostReason: "Chose a competitor");
        Assert.Equal("Chose a competitor", lost.LostReason);

        var found = await sales.Prospects.ListProspectsAsync(new ListProspectsRequest { Search = "compilers" }, billing.Headers);
        Assert.Equal([recorded.Id], found.Prospects.Select(p => p.Id));
        var lostOnes = await sales.Prospects.ListProspectsAsync(new ListProspectsRequest { Status = ProspectStatus.Lost }, billing.Headers);
        Assert.Single(lostOnes.Prospects);
        Assert.Empty((await sales.Prospects.ListProspectsAsync(new ListProspectsRequest { Status = ProspectStatus.New }, billing.Headers)).Prospects);
    }

    private static Task<Prospect> FollowUpAsync(
        SalesClients sales, StaffSession staff, string id, ProspectStatus status, string? note, string? lostReason = null) =>
        sales.Prospects.FollowUpProspectAsync(
            new FollowUpProspectRequest { ProspectId = id, Status = status, Note = note ?? "", LostReason = lostReason ?? "" }, staff.Headers).ResponseAsync;

    internal static Task<long> OutboxCountAsync(TestServer server, string eventName, string subjectId, string module = "sales") =>
        DatabaseSnapshot.CountAsync(
            server.DatabaseFile,
            $"SELECT COUNT(*) FROM {module}_outbox WHERE Type LIKE 'Groupus.Contracts.%.{eventName}' AND Payload LIKE '%{subjectId}%'");
}
