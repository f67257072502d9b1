using Groupus.Api.Grpc.Accounts.V1;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Accounts.Numbers;

public sealed class ServiceConfigurationTests(NumbersWorld world) : IClassFixture<NumbersWorld>
{
    [Fact]
    public async Task Each_save_is_the_next_version_recording_who_saved_it_and_every_version_stays_readable()
    {
        var organisation = await NewOrganisationAsync();

        var first = await SaveAsync(world.Support, organisation, 0, ("hosted-pbx", 10));
        var second = await SaveAsync(world.Billing, organisation, first.Version, ("hosted-pbx", 12), ("fax", 2));
        var current = await world.Support.Configurations.GetServiceConfigurationAsync(
            new GetServiceConfigurationRequest { OrganisationId = organisation }, world.Support.Headers);
        var original = await world.Support.Configurations.GetServiceConfigurationAsync(
            new GetServiceConfigurationRequest { OrganisationId = organisation, Version = 1 }, world.Support.Headers);
        var history = await world.Support.Configurations.ListServiceConfigurationVersionsAsync(
            new ListServiceConfigurationVersionsRequest { OrganisationId = organisation }, world.Support.Headers);

        Assert.Equal((1, 2), (first.Version, second.Version));
        Assert.Equal(("sam", "bill"), (first.SavedByUsername, second.SavedByUsername));
        Assert.Equal(2, current.Version);
        Assert.Equal([("hosted-pbx", 12), ("fax", 2)], current.Products.Select(p => (p.ProductCode, p.Seats)));
        Assert.True(current.FeatureFlags.Single(f => f.Name == "call-recording").Enabled);
        Assert.Equal(10, Assert.Single(original.Products).Seats);
        Assert.Equal([2, 1], history.Versions.Select(v => v.Version));
    }

    [Fact]
    public async Task Saving_from_a_stale_version_is_aborted_and_writes_nothing()
    {
        var organisation = await NewOrganisationAsync();
        await SaveAsync(world.Support, organisation, 0, ("hosted-pbx", 10));
        await SaveAsync(world.Support, organisation, 1, ("hosted-pbx", 11));
        var before = await world.SettledSnapshotAsync();

        var failure = await RpcFailure.Of(() => world.Billing.Configurations.SaveServiceConfigurationAsync(
            Request(organisation, 1, ("hosted-pbx", 99)), world.Billing.Headers));

        Assert.Equal(StatusCode.Aborted, failure.StatusCode);
        Assert.Equal(before, await world.SettledSnapshotAsync());
    }

    [Fact]
    public async Task A_first_save_must_start_from_version_zero()
    {
        var organisation = await NewOrganisationAsync();

        var failure = await RpcFailure.Of(() => world.Support.Configurations.SaveServiceConfigurationAsync(
            Request(organisation, 3, ("hosted-pbx", 1)), world.Support.Headers));

        Assert.Equal(StatusCode.Aborted, failure.StatusCode);
    }

    [Fact]
    public async Task Bad_product_codes_seats_and_repeated_products_are_rejected_field_by_field()
    {
        var organisation = await NewOrganisationAsync();
        var before = await world.SettledSnapshotAsync();

        var failure = await RpcFailure.Of(() => world.Support.Configurations.SaveServiceConfigurationAsync(
            Request(organisation, 0, ("Hosted PBX", 1), ("fax", 0)), world.Support.Headers));
        var repeated = await RpcFailure.Of(() => world.Support.Configurations.SaveServiceConfigurationAsync(
            Request(organisation, 0, ("fax", 1), ("fax", 2)), world.Support.Headers));

        Assert.Equal(StatusCode.InvalidArgument, failure.StatusCode);
        Assert.Contains("product code", failure.Violations["products[0].product_code"], StringComparison.Ordinal);
        Assert.Contains("between 1 and", failure.Violations["products[1].seats"], StringComparison.Ordinal);
        Assert.Contains("each product once", repeated.Violations["products"], StringComparison.Ordinal);
        Assert.Equal(before, await world.SettledSnapshotAsync());
    }

    [Fact]
    public async Task An_organisation_without_a_saved_configuration_has_none_to_read()
    {
        var organisation = await NewOrganisationAsync();

        var failure = await RpcFailure.Of(() => world.Support.Configurations.GetServiceConfigurationAsync(
            new GetServiceConfigurationRequest { OrganisationId = organisation }, world.Support.Headers));

        Assert.Equal(StatusCode.NotFound, failure.StatusCode);
    }

    private async Task<string> NewOrganisationAsync() =>
        (await world.Support.Organisations.RegisterOrganisationAsync(
            new RegisterOrganisationRequest { LegalName = $"Configured {Guid.NewGuid():N}" }, world.Support.Headers)).Id;

    private static async Task<ServiceConfiguration> SaveAsync(AccountsSession session, string organisation, int baseVersion, params (string Code, int Seats)[] products) =>
        await session.Configurations.SaveServiceConfigurationAsync(Request(organisation, baseVersion, products), session.Headers);

    private static SaveServiceConfigurationRequest Request(string organisation, int baseVersion, params (string Code, int Seats)[] products) => new()
    {
        OrganisationId = organisation,
        BaseVersion = baseVersion,
        Products = { products.Select(p => new ProductSelection { ProductCode = p.Code, Seats = p.Seats }) },
        FeatureFlags = { new FeatureFlag { Name = "call-recording", Enabled = true }, new FeatureFlag { Name = "voicemail-to-email", Enabled = false } },
    };
}
