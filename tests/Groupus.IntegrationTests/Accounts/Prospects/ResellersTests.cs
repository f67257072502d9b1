using Groupus.Api.Grpc.Accounts.V1;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Accounts.Prospects;

public sealed class ResellersTests
{
    [Fact]
    public async Task Billing_adds_lists_updates_and_terminates_a_distributor_and_the_privacy_module_hears_of_it()
    {
        await using var server = await TestServer.StartAsync();
        var sales = new SalesClients(server.Channel);
        var billing = await server.StaffAsync("bea", "billing");

        var added = await sales.Resellers.AddResellerAsync(SalesClients.Reseller(reference: "dist-2026-7"), billing.Headers);
        Assert.Equal(("DIST-2026-7", "+441614960000", "M3 1AA", ResellerStatus.Active), (added.AgreementReference, added.Phone, added.Address.Postcode, added.Status));
        Assert.Equal("partners@voice-partners.example.co.uk", added.Email);

        var update = new UpdateResellerRequest
        {
            ResellerId = added.Id,
            Name = "Voice Partners Distribution Ltd",
            Kind = ResellerKind.Distributor,
            Address = added.Address,
            Email = "channel@voice-partners.example.co.uk",
            Phone = added.Phone,
            AgreementReference = added.AgreementReference,
            Status = ResellerStatus.Suspended,
            ExpectedVersion = added.Version,
        };
        var suspended = await sales.Resellers.UpdateResellerAsync(update, billing.Headers);
        Assert.Equal((ResellerKind.Distributor, ResellerStatus.Suspended), (suspended.Kind, suspended.Status));

        var stale = await RpcFailure.Of(() => sales.Resellers.UpdateResellerAsync(update, billing.Headers));
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);

        update.Status = ResellerStatus.Terminated;
        update.ExpectedVersion = suspended.Version;
        var terminated = await sales.Resellers.UpdateResellerAsync(update, billing.Headers);
        update.Status = ResellerStatus.Active;
        update.ClearExpectedVersion();
        var revived = await RpcFailure.Of(() => sales.Resellers.UpdateResellerAsync(update, billing.Headers));
        Assert.Equal(StatusCode.FailedPrecondition, revived.StatusCode);
        Assert.Equal("RESELLER_STATUS_CHANGE_NOT_ALLOWED", revived.Reason);

        var distributors = await sales.Resellers.ListResellersAsync(new ListResellersRequest { Kind = ResellerKind.Distributor }, billing.Headers);
        Assert.Equal([terminated.Id], distributors.Resellers.Select(r => r.Id));
        Assert.Empty((await sales.Resellers.ListResellersAsync(new ListResellersRequest { Kind = ResellerKind.Reseller }, billing.Headers)).Resellers);

        Assert.Equal(1, await ProspectsEndToEndTests.OutboxCountAsync(server, "DataSubjectRegistered", added.Id, "partners"));
        Assert.Equal(2, await ProspectsEndToEndTests.OutboxCountAsync(server, "DataSubjectChanged", added.Id, "partners"));
        Assert.DoesNotContain(server.Logs.Lines, line => line.Contains("voice-partners", StringComparison.OrdinalIgnoreCase));
    }
}
