using System.Security.Claims;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Application.Numbering;
using Groupus.Application.Customers.ServiceConfiguration;
using Groupus.Infrastructure.Security;
using Groupus.IntegrationTests.Support;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.IntegrationTests.Accounts.Numbers;

/// <summary>A customer's user reaches only their own organisation's numbers; anything else does not exist for them.</summary>
public sealed class NumberTenantIsolationTests(NumbersWorld world) : IClassFixture<NumbersWorld>
{
    [Fact]
    public async Task A_customer_lists_only_their_own_organisations_numbers()
    {
        var ours = await world.AssignAsync(world.Acme);
        var theirs = await world.AssignAsync(world.Globex);

        var listed = await world.Acme.Member.Numbers.ListNumbersAsync(new ListNumbersRequest { PageSize = 1000 }, world.Acme.Member.Headers);

        Assert.Contains(listed.Numbers, n => n.Id == ours.Id);
        Assert.DoesNotContain(listed.Numbers, n => n.Id == theirs.Id);
        Assert.All(listed.Numbers, n => Assert.Equal(world.Acme.OrganisationId, n.OrganisationId));
    }

    [Fact]
    public async Task Another_organisations_number_id_is_not_found_for_a_customer()
    {
        var theirs = await world.AssignAsync(world.Globex);

        var byId = await RpcFailure.Of(() => world.Acme.Owner.Numbers.GetNumberAsync(new GetNumberRequest { NumberId = theirs.Id }, world.Acme.Owner.Headers));
        var byNumber = await RpcFailure.Of(() => world.Acme.Owner.Numbers.GetNumberAsync(new GetNumberRequest { Number = theirs.Number }, world.Acme.Owner.Headers));
        var before = await world.SettledSnapshotAsync();
        var address = await RpcFailure.Of(() => world.Acme.Owner.Numbers.SetEmergencyAddressAsync(
            new SetEmergencyAddressRequest { NumberId = theirs.Id, Address = NumbersWorld.Address() }, world.Acme.Owner.Headers));

        Assert.Equal(StatusCode.NotFound, byId.StatusCode);
        Assert.Equal(StatusCode.NotFound, byNumber.StatusCode);
        Assert.Equal(StatusCode.NotFound, address.StatusCode);
        Assert.Equal(before, await world.SettledSnapshotAsync());
    }

    [Fact]
    public async Task Below_the_use_cases_the_tenant_filter_hides_another_organisations_numbers_and_configuration()
    {
        var theirs = await world.AssignAsync(world.Globex);
        await world.Support.Configurations.SaveServiceConfigurationAsync(
            new SaveServiceConfigurationRequest { OrganisationId = world.Globex.OrganisationId, BaseVersion = await CurrentVersionAsync(world.Globex.OrganisationId) },
            world.Support.Headers);
        using var scope = world.Server.App.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SetFrom(CustomerOf(world.Acme.OrganisationId), authenticationFailure: null);
        var numbers = scope.ServiceProvider.GetRequiredService<IPhoneNumberRepository>();
        var configurations = scope.ServiceProvider.GetRequiredService<IServiceConfigurationRepository>();
        var globex = Guid.Parse(world.Globex.OrganisationId);

        Assert.Null(await numbers.GetAsync(Guid.Parse(theirs.Id), CancellationToken.None));
        Assert.Null(await numbers.FindByE164Async(theirs.Number, CancellationToken.None));
        Assert.Empty(await numbers.ListAsync(globex, null, null, 10, CancellationToken.None));
        Assert.Null(await configurations.GetVersionAsync(globex, 0, CancellationToken.None));
        Assert.Empty(await configurations.ListVersionsAsync(globex, CancellationToken.None));
    }

    [Fact]
    public async Task A_customer_naming_another_organisation_is_told_it_does_not_exist()
    {
        var failure = await RpcFailure.Of(() => world.Acme.Owner.Numbers.ListNumbersAsync(
            new ListNumbersRequest { OrganisationId = world.Globex.OrganisationId }, world.Acme.Owner.Headers));

        Assert.Equal(StatusCode.NotFound, failure.StatusCode);
    }

    [Fact]
    public async Task Customers_cannot_assign_numbers_and_members_cannot_change_the_emergency_address()
    {
        var ours = await world.AssignAsync(world.Acme);

        var assign = await RpcFailure.Of(() => world.Acme.Owner.Numbers.AssignNumberAsync(
            new AssignNumberRequest { OrganisationId = world.Acme.OrganisationId, Number = world.FreshNationalNumber(), Purpose = NumberPurpose.Voice },
            world.Acme.Owner.Headers));
        var address = await RpcFailure.Of(() => world.Acme.Member.Numbers.SetEmergencyAddressAsync(
            new SetEmergencyAddressRequest { NumberId = ours.Id, Address = NumbersWorld.Address() }, world.Acme.Member.Headers));

        Assert.Equal(StatusCode.PermissionDenied, assign.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, address.StatusCode);
    }

    [Fact]
    public async Task A_customer_reads_their_own_service_configuration_but_not_another_organisations()
    {
        var saved = await world.Support.Configurations.SaveServiceConfigurationAsync(
            new SaveServiceConfigurationRequest { OrganisationId = world.Globex.OrganisationId, Products = { new ProductSelection { ProductCode = "fax", Seats = 3 } } },
            world.Support.Headers);

        var own = await world.Globex.Owner.Configurations.GetServiceConfigurationAsync(new GetServiceConfigurationRequest(), world.Globex.Owner.Headers);
        var foreign = await RpcFailure.Of(() => world.Acme.Owner.Configurations.GetServiceConfigurationAsync(
            new GetServiceConfigurationRequest { OrganisationId = world.Globex.OrganisationId }, world.Acme.Owner.Headers));
        var write = await RpcFailure.Of(() => world.Globex.Owner.Configurations.SaveServiceConfigurationAsync(
            new SaveServiceConfigurationRequest { OrganisationId = world.Globex.OrganisationId, BaseVersion = saved.Version }, world.Globex.Owner.Headers));

        Assert.Equal(saved.Version, own.Version);
        Assert.Equal(StatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, write.StatusCode);
    }

    private async Task<int> CurrentVersionAsync(string organisationId)
    {
        var history = await world.Support.Configurations.ListServiceConfigurationVersionsAsync(
            new ListServiceConfigurationVersionsRequest { OrganisationId = organisationId }, world.Support.Headers);
        return history.Versions.Count == 0 ? 0 : history.Versions[0].Version;
    }

    private static ClaimsPrincipal CustomerOf(string organisationId) => new(new ClaimsIdentity(
        [
            new Claim(CurrentUser.KindClaim, "customer"),
            new Claim(CurrentUser.SubjectClaim, Guid.NewGuid().ToString()),
            new Claim(CurrentUser.OrganisationClaim, organisationId),
            new Claim(CurrentUser.RoleClaim, "owner"),
        ],
        authenticationType: "test"));
}
