using Groupus.Api.Grpc.Accounts.V1;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Accounts.Prospects;

/// <summary>Every rejected enquiry or reseller gets a precise status with field violations and leaves every stored row as it was.</summary>
public sealed class SalesBadInputTests(SalesBadInputTests.SalesFixture fixture) : IClassFixture<SalesBadInputTests.SalesFixture>
{
    private static readonly string[] Tables =
        ["accounts_prospects", "accounts_prospect_follow_ups", "accounts_resellers", "accounts_organisations", "accounts_marketing_subscriptions"];

    private SalesClients Sales => fixture.Sales;

    [Fact]
    public async Task An_enquiry_with_a_malformed_email_is_rejected() =>
        await AssertRejectedAsync(() => Sales.Prospects.SubmitEnquiryAsync(SalesClients.Enquiry(email: "ada@@engines")), "work_email", "not an e-mail address");

    [Fact]
    public async Task An_enquiry_with_a_malformed_phone_number_is_rejected() =>
        await AssertRejectedAsync(() => Sales.Prospects.SubmitEnquiryAsync(SalesClients.Enquiry(phone: "12345")), "work_phone", "");

    [Fact]
    public async Task A_ten_kilobyte_enquiry_is_rejected() =>
        await AssertRejectedAsync(() => Sales.Prospects.SubmitEnquiryAsync(SalesClients.Enquiry(text: new string('x', 10_240))), "enquiry", "at most 4000 characters");

    [Fact]
    public async Task An_enquiry_with_control_characters_is_rejected() =>
        await AssertRejectedAsync(
            () => Sales.Prospects.SubmitEnquiryAsync(SalesClients.Enquiry(text: "Please call\u0007 \u001b[31mnow")), "enquiry", "control characters");

    [Fact]
    public async Task An_enquiry_without_a_kind_or_with_a_bad_country_is_rejected()
    {
        var request = SalesClients.Enquiry();
        request.Kind = EnquiryKind.Unspecified;
        request.CountryCode = "GBR";

        var failure = await AssertRejectedAsync(() => Sales.Prospects.SubmitEnquiryAsync(request), "kind", "is required");

        Assert.Contains("two-letter", failure.Violations["country_code"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_staff_entered_enquiry_needs_its_source() =>
        await AssertRejectedAsync(
            () => Sales.Prospects.RecordEnquiryAsync(new RecordEnquiryRequest
            {
                Kind = EnquiryKind.Enquiry, Company = "Acme", ContactName = "A Person", WorkEmail = "a@acme.example.com", CountryCode = "GB", Enquiry = "Hello",
            }, fixture.Admin.Headers),
            "source", "is required");

    [Fact]
    public async Task A_reseller_with_a_duplicate_agreement_reference_is_rejected()
    {
        var failure = await AssertRejectedAsync(
            () => Sales.Resellers.AddResellerAsync(SalesClients.Reseller(reference: " ra-2026-0001 ", email: "other@example.com"), fixture.Admin.Headers),
            "agreement_reference", "already holds agreement RA-2026-0001", StatusCode.AlreadyExists);

        Assert.Equal("AGREEMENT_REFERENCE_TAKEN", failure.Reason);
    }

    [Fact]
    public async Task A_reseller_with_a_malformed_email_phone_or_postcode_is_rejected()
    {
        var request = SalesClients.Reseller(reference: "RA-NEW-1", email: "partners at example", phone: "+44 20");
        request.Address.Postcode = "NOT A POSTCODE";

        var failure = await AssertRejectedAsync(() => Sales.Resellers.AddResellerAsync(request, fixture.Admin.Headers), "email", "not an e-mail address");

        Assert.True(failure.Violations.ContainsKey("phone"));
        Assert.Contains("UK postcode", failure.Violations["address.postcode"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moving_a_prospect_backwards_is_refused_by_the_status_machine()
    {
        var failure = await AssertRejectedAsync(
            () => Sales.Prospects.FollowUpProspectAsync(
                new FollowUpProspectRequest { ProspectId = fixture.ProspectId, Status = ProspectStatus.Qualified }, fixture.Admin.Headers),
            field: null, description: null, StatusCode.FailedPrecondition);

        Assert.Equal("PROSPECT_STATUS_CHANGE_NOT_ALLOWED", failure.Reason);
        Assert.Contains("new to qualified", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_personal_from_the_enquiries_reaches_the_log()
    {
        await Sales.Prospects.SubmitEnquiryAsync(SalesClients.Enquiry(email: "never.logged@private.example.org"));
        await RpcFailure.Of(() => Sales.Prospects.SubmitEnquiryAsync(SalesClients.Enquiry(email: "never.logged@private.example.org", phone: "1")));

        Assert.DoesNotContain(fixture.Server.Logs.Lines, line => line.Contains("never.logged", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(fixture.Server.Logs.Lines, line => line.Contains("Lovelace", StringComparison.Ordinal));
    }

    private async Task<RpcFailure> AssertRejectedAsync<T>(
        Func<AsyncUnaryCall<T>> call, string? field, string? description, StatusCode expected = StatusCode.InvalidArgument)
    {
        var before = await SnapshotAsync();

        var failure = await RpcFailure.Of(call);

        Assert.Equal(expected, failure.StatusCode);
        if (field is not null)
        {
            Assert.True(failure.Violations.ContainsKey(field), $"no violation for {field}: {string.Join("; ", failure.Violations)}");
            Assert.Contains(description!, failure.Violations[field], StringComparison.Ordinal);
        }

        Assert.Equal(before, await SnapshotAsync());
        return failure;
    }

    private async Task<string> SnapshotAsync() =>
        await DatabaseSnapshot.TakeAsync(fixture.Server.DatabaseFile, Tables)
        + await DatabaseSnapshot.CountAsync(fixture.Server.DatabaseFile, "SELECT COUNT(*) FROM customers_outbox")
        + ":" + await DatabaseSnapshot.CountAsync(fixture.Server.DatabaseFile, "SELECT COUNT(*) FROM partners_outbox")
        + ":" + await DatabaseSnapshot.CountAsync(fixture.Server.DatabaseFile, "SELECT COUNT(*) FROM sales_outbox");

    public sealed class SalesFixture : IAsyncLifetime
    {
        public TestServer Server { get; private set; } = null!;

        public StaffSession Admin { get; private set; } = null!;

        public SalesClients Sales { get; private set; } = null!;

        public string ProspectId { get; private set; } = "";

        public async Task InitializeAsync()
        {
            Server = await TestServer.StartAsync();
            Admin = await Server.AdminAsync();
            Sales = new SalesClients(Server.Channel);
            await Sales.Resellers.AddResellerAsync(SalesClients.Reseller(reference: "RA-2026-0001"), Admin.Headers);
            ProspectId = (await Sales.Prospects.SubmitEnquiryAsync(SalesClients.Enquiry())).ProspectId;
        }

        public async Task DisposeAsync() => await Server.DisposeAsync();
    }
}
