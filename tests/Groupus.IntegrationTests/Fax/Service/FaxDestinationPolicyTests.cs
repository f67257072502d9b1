using Google.Protobuf;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Fax.Service;

/// <summary>
/// Premium-rate and revenue-sharing destinations are refused by a configurable policy, and a number written with an
/// extension is refused rather than dialled without it.
/// </summary>
public sealed class FaxDestinationPolicyTests
{
    private static readonly ByteString Letter = ByteString.CopyFromUtf8("Dear Sir,\nplease find our order below.\n");

    [Theory]
    [InlineData("0909 879 0123", "+449")]
    [InlineData("+44 871 781 0123", "+4487")]
    [InlineData("0845 000 0123", "+4484")]
    [InlineData("+1 900 234 5678", "premium-rate")]
    public async Task Premium_rate_and_revenue_sharing_numbers_are_refused_and_nothing_is_queued(string number, string reason)
    {
        await using var server = await TestServer.StartAsync();
        var customer = await FaxCustomer.CreateAsync(server, await server.AdminAsync(), "Alpha Widgets Ltd", "alice-alpha");

        var failure = await RpcFailure.Of(() => customer.Fax.SubmitFaxAsync(new SubmitFaxRequest { To = number, Document = Letter }, customer.Headers));
        var jobs = await customer.Fax.ListFaxJobsAsync(new ListFaxJobsRequest(), customer.Headers);

        Assert.Equal(StatusCode.FailedPrecondition, failure.StatusCode);
        Assert.Equal("FAX_DESTINATION_BLOCKED", failure.Reason);
        Assert.Contains(reason, failure.Violations["to"], StringComparison.Ordinal);
        Assert.Empty(jobs.Jobs);
    }

    [Fact]
    public async Task The_policy_is_configuration_and_a_resend_to_a_number_blocked_since_is_refused()
    {
        await using var server = await TestServer.StartAsync(
            settings: ["Fax:DestinationPolicy:BlockedPrefixes:0=+44161496", "Fax:DestinationPolicy:BlockedNumberTypes:0=TollFree"]);
        var customer = await FaxCustomer.CreateAsync(server, await server.AdminAsync(), "Alpha Widgets Ltd", "alice-alpha");
        var london = await customer.Fax.SubmitFaxAsync(new SubmitFaxRequest { To = "020 7946 0123", Document = Letter }, customer.Headers);

        var prefix = await RpcFailure.Of(() => customer.Fax.SubmitFaxAsync(new SubmitFaxRequest { To = "0161 496 0123", Document = Letter }, customer.Headers));
        var resent = await RpcFailure.Of(() => customer.Fax.ResendFaxJobAsync(new ResendFaxJobRequest { JobId = london.JobId, To = "0161 496 0555" }, customer.Headers));
        var tollFree = await RpcFailure.Of(() => customer.Fax.SubmitFaxAsync(new SubmitFaxRequest { To = "0808 157 0123", Document = Letter }, customer.Headers));
        var premium = await customer.Fax.SubmitFaxAsync(new SubmitFaxRequest { To = "0909 879 0123", Document = Letter }, customer.Headers);

        Assert.Equal((StatusCode.FailedPrecondition, "FAX_DESTINATION_BLOCKED"), (prefix.StatusCode, prefix.Reason));
        Assert.Equal((StatusCode.FailedPrecondition, "FAX_DESTINATION_BLOCKED"), (resent.StatusCode, resent.Reason));
        Assert.Contains("toll-free", tollFree.Violations["to"], StringComparison.Ordinal);
        Assert.Equal("+449098790123", premium.To); // configured lists replace the defaults
    }

    [Theory]
    [InlineData("020 7946 0123 ext. 45")]
    [InlineData("020 7946 0123 x45")]
    [InlineData("+44 20 7946 0123;ext=45")]
    public async Task A_fax_number_with_an_extension_is_refused(string number)
    {
        await using var server = await TestServer.StartAsync();
        var customer = await FaxCustomer.CreateAsync(server, await server.AdminAsync(), "Alpha Widgets Ltd", "alice-alpha");

        var failure = await RpcFailure.Of(() => customer.Fax.SubmitFaxAsync(new SubmitFaxRequest { To = number, Document = Letter }, customer.Headers));

        Assert.Equal(StatusCode.InvalidArgument, failure.StatusCode);
        Assert.Contains("extension", failure.Violations["to"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_phone_number_field_refuses_an_extension_alike()
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.AdminAsync();
        var organisation = await CustomerOrganisations.RegisterAsync(admin, "Alpha Widgets Ltd");

        var failure = await RpcFailure.Of(() => new CustomerUserService.CustomerUserServiceClient(server.Channel).CreateCustomerUserAsync(
            new CreateCustomerUserRequest
            {
                OrganisationId = organisation.Id,
                Username = "ext-user",
                DisplayName = "Ext User",
                WorkEmail = "ext@example.co.uk",
                WorkPhone = "020 7946 0000 ext. 12",
                Role = "member",
                InitialPassword = "initial password 123",
            },
            admin.Headers));

        Assert.Equal(StatusCode.InvalidArgument, failure.StatusCode);
        Assert.Contains("extension", failure.Violations["work_phone"], StringComparison.Ordinal);
    }
}
