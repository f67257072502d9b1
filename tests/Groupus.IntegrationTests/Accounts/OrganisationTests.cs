using Groupus.Api.Grpc.Accounts.V1;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Accounts;

public sealed class OrganisationTests
{
    [Fact]
    public async Task An_organisation_goes_from_prospect_to_active_to_suspended_and_back_and_is_then_closed()
    {
        await using var server = await TestServer.StartAsync();
        var billing = await server.StaffAsync("bill", "billing");
        var organisations = new OrganisationService.OrganisationServiceClient(server.Channel);
        var prospect = await organisations.RegisterOrganisationAsync(
            new RegisterOrganisationRequest { LegalName = "Acme Widgets Ltd", CompanyNumber = "01234567" }, billing.Headers);
        Assert.Equal(OrganisationStatus.Prospect, prospect.Status);

        var noAddresses = await RpcFailure.Of(() => organisations.ChangeOrganisationStatusAsync(
            new ChangeOrganisationStatusRequest { OrganisationId = prospect.Id, Status = OrganisationStatus.Active }, billing.Headers));
        Assert.Equal(StatusCode.FailedPrecondition, noAddresses.StatusCode);
        Assert.Equal("ORGANISATION_ADDRESSES_REQUIRED", noAddresses.Reason);

        var support = await server.StaffAsync("sue", "support");
        var updated = await organisations.UpdateOrganisationAsync(new UpdateOrganisationRequest
        {
            OrganisationId = prospect.Id,
            LegalName = "Acme Widgets Limited",
            BillingAddress = CustomerOrganisations.Address("sw1a1aa"),
            InstallationAddress = CustomerOrganisations.Address("EC1A 1BB"),
            ExpectedVersion = prospect.Version,
        }, support.Headers);
        Assert.Equal("SW1A 1AA", updated.BillingAddress.Postcode);

        var active = await organisations.ChangeOrganisationStatusAsync(
            new ChangeOrganisationStatusRequest { OrganisationId = prospect.Id, Status = OrganisationStatus.Active }, billing.Headers);
        var suspended = await organisations.ChangeOrganisationStatusAsync(
            new ChangeOrganisationStatusRequest { OrganisationId = prospect.Id, Status = OrganisationStatus.Suspended, Reason = "Unpaid invoices" }, billing.Headers);
        await organisations.ChangeOrganisationStatusAsync(
            new ChangeOrganisationStatusRequest { OrganisationId = prospect.Id, Status = OrganisationStatus.Active }, billing.Headers);
        var closed = await organisations.ChangeOrganisationStatusAsync(
            new ChangeOrganisationStatusRequest { OrganisationId = prospect.Id, Status = OrganisationStatus.Closed }, billing.Headers);
        var reopen = await RpcFailure.Of(() => organisations.ChangeOrganisationStatusAsync(
            new ChangeOrganisationStatusRequest { OrganisationId = prospect.Id, Status = OrganisationStatus.Active }, billing.Headers));

        Assert.Equal(OrganisationStatus.Active, active.Status);
        Assert.Equal("Unpaid invoices", suspended.StatusReason);
        Assert.Equal(OrganisationStatus.Closed, closed.Status);
        Assert.Equal(StatusCode.FailedPrecondition, reopen.StatusCode);
        var listed = await organisations.ListOrganisationsAsync(new ListOrganisationsRequest { NameContains = "Acme" }, billing.Headers);
        Assert.Equal("Acme Widgets Limited", Assert.Single(listed.Organisations).LegalName);
    }

    [Fact]
    public async Task Incomplete_addresses_and_bad_company_numbers_are_rejected_field_by_field_and_nothing_is_stored()
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.AdminAsync();
        var organisations = new OrganisationService.OrganisationServiceClient(server.Channel);
        var before = await DatabaseSnapshot.TakeAsync(server.DatabaseFile, "accounts_organisations");

        var failure = await RpcFailure.Of(() => organisations.RegisterOrganisationAsync(new RegisterOrganisationRequest
        {
            LegalName = "Acme",
            CompanyNumber = "12",
            BillingAddress = new PostalAddress { Line1 = "1 High Street", Town = "London", CountryCode = "GB" },
            InstallationAddress = new PostalAddress { Line1 = "1 High Street", Town = "London", Postcode = "NOT A CODE", CountryCode = "GB" },
        }, admin.Headers));

        Assert.Equal(StatusCode.InvalidArgument, failure.StatusCode);
        Assert.Equal("is required", failure.Violations["billing_address.postcode"]);
        Assert.Contains("UK postcode", failure.Violations["installation_address.postcode"], StringComparison.Ordinal);
        Assert.Contains("Companies House", failure.Violations["company_number"], StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(server.DatabaseFile, "accounts_organisations"));
    }

    [Fact]
    public async Task A_stale_update_is_aborted_rather_than_overwriting_someone_elses_change()
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.AdminAsync();
        var organisations = new OrganisationService.OrganisationServiceClient(server.Channel);
        var organisation = await CustomerOrganisations.RegisterAsync(admin, "Acme");
        await organisations.UpdateOrganisationAsync(
            new UpdateOrganisationRequest { OrganisationId = organisation.Id, LegalName = "Acme One", ExpectedVersion = organisation.Version }, admin.Headers);

        var stale = await RpcFailure.Of(() => organisations.UpdateOrganisationAsync(
            new UpdateOrganisationRequest { OrganisationId = organisation.Id, LegalName = "Acme Two", ExpectedVersion = organisation.Version }, admin.Headers));

        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        Assert.Equal("Acme One", (await organisations.GetOrganisationAsync(new GetOrganisationRequest { OrganisationId = organisation.Id }, admin.Headers)).LegalName);
    }
}
