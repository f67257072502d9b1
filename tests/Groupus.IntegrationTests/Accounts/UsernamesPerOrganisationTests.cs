using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Auth.V1;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Accounts;

/// <summary>
/// Customer usernames are unique within an organisation only, and a customer signs in to their organisation: choosing a
/// username tells an organisation nothing about any other's.
/// </summary>
public sealed class UsernamesPerOrganisationTests
{
    [Fact]
    public async Task Another_organisations_username_can_be_chosen_and_both_users_sign_in_to_their_own_organisation()
    {
        await using var server = await TestServer.StartAsync();
        var support = await server.StaffAsync("sue", "support");
        var alpha = await CustomerOrganisations.WithSignedInUserAsync(server, support, "Alpha Ltd", "a-owner", "owner");
        var bravo = await CustomerOrganisations.WithSignedInUserAsync(server, support, "Bravo Ltd", "b-owner", "owner");
        var auth = new AuthService.AuthServiceClient(server.Channel);

        var created = await alpha.Users.CreateCustomerUserAsync(NewUser("b-owner"), alpha.Headers);
        var sameOrganisation = await RpcFailure.Of(() => alpha.Users.CreateCustomerUserAsync(NewUser("B-Owner"), alpha.Headers));
        var alphas = await auth.LoginCustomerAsync(new LoginRequest
        {
            OrganisationId = alpha.OrganisationId, Username = "b-owner", Password = "initial password 123", NewPassword = "alpha's own passphrase",
        });
        var bravos = await auth.LoginCustomerAsync(new LoginRequest { OrganisationId = bravo.OrganisationId, Username = "b-owner", Password = TestServer.StrongPassword });

        Assert.Equal("b-owner", created.Username);
        Assert.Equal(StatusCode.AlreadyExists, sameOrganisation.StatusCode);
        Assert.Equal(alpha.OrganisationId, alphas.OrganisationId);
        Assert.Equal(bravo.OrganisationId, bravos.OrganisationId);
        Assert.Equal("owner", bravos.Role);
        Assert.Equal("member", alphas.Role);
    }

    [Fact]
    public async Task A_customer_sign_in_names_the_organisation_and_a_wrong_one_is_just_a_wrong_sign_in()
    {
        await using var server = await TestServer.StartAsync();
        var support = await server.StaffAsync("sue", "support");
        var alpha = await CustomerOrganisations.WithSignedInUserAsync(server, support, "Alpha Ltd", "a-owner", "owner");
        var bravo = await CustomerOrganisations.WithSignedInUserAsync(server, support, "Bravo Ltd", "b-owner", "owner");
        var auth = new AuthService.AuthServiceClient(server.Channel);

        var unqualified = await RpcFailure.Of(() => auth.LoginCustomerAsync(new LoginRequest { Username = "a-owner", Password = TestServer.StrongPassword }));
        var elsewhere = await RpcFailure.Of(() => auth.LoginCustomerAsync(
            new LoginRequest { OrganisationId = bravo.OrganisationId, Username = "a-owner", Password = TestServer.StrongPassword }));
        var unknown = await RpcFailure.Of(() => auth.LoginCustomerAsync(
            new LoginRequest { OrganisationId = alpha.OrganisationId, Username = "nobody-here", Password = TestServer.StrongPassword }));

        Assert.Equal(StatusCode.InvalidArgument, unqualified.StatusCode);
        Assert.True(unqualified.Violations.ContainsKey("organisation_id"));
        Assert.Equal(StatusCode.Unauthenticated, elsewhere.StatusCode);
        Assert.Equal(unknown.Message, elsewhere.Message);
    }

    private static CreateCustomerUserRequest NewUser(string username) => new()
    {
        Username = username, DisplayName = "Someone", WorkEmail = "someone@example.co.uk", Role = "member", InitialPassword = "initial password 123",
    };
}
