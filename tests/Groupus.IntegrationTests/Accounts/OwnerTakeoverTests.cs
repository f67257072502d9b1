using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Auth.V1;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Accounts;

/// <summary>An organisation's admin cannot take its owner's account, and an organisation never loses its last owner.</summary>
public sealed class OwnerTakeoverTests
{
    [Fact]
    public async Task An_organisation_admin_cannot_reset_an_owners_password_but_an_owner_and_staff_can()
    {
        await using var server = await TestServer.StartAsync();
        var support = await server.StaffAsync("sue", "support");
        var owner = await CustomerOrganisations.WithSignedInUserAsync(server, support, "Acme", "olivia", "owner");
        var admin = await CustomerOrganisations.AddSignedInUserAsync(server, support, owner.OrganisationId, "adam", "admin");
        var member = await CustomerOrganisations.AddSignedInUserAsync(server, support, owner.OrganisationId, "mark", "member");
        var staffUsers = new CustomerUserService.CustomerUserServiceClient(server.Channel);

        var takeover = await RpcFailure.Of(() => admin.Users.IssuePasswordResetTokenAsync(new IssuePasswordResetTokenRequest { UserId = owner.UserId }, admin.Headers));
        var forMember = await admin.Users.IssuePasswordResetTokenAsync(new IssuePasswordResetTokenRequest { UserId = member.UserId }, admin.Headers);
        var byStaff = await staffUsers.IssuePasswordResetTokenAsync(new IssuePasswordResetTokenRequest { UserId = owner.UserId }, support.Headers);
        var signIn = await new AuthService.AuthServiceClient(server.Channel).LoginCustomerAsync(
            new LoginRequest { OrganisationId = owner.OrganisationId, Username = "olivia", Password = TestServer.StrongPassword });

        Assert.Equal(StatusCode.PermissionDenied, takeover.StatusCode);
        Assert.NotEmpty(forMember.Token);
        Assert.NotEmpty(byStaff.Token);
        Assert.NotEmpty(signIn.AccessToken);
    }

    [Fact]
    public async Task The_only_owner_cannot_demote_themself_but_can_once_there_is_another_owner()
    {
        await using var server = await TestServer.StartAsync();
        var support = await server.StaffAsync("sue", "support");
        var owner = await CustomerOrganisations.WithSignedInUserAsync(server, support, "Acme", "olivia", "owner");
        var before = await DatabaseSnapshot.TakeAsync(server.DatabaseFile, "accounts_customer_users");

        var demoted = await RpcFailure.Of(() => owner.Users.UpdateCustomerUserAsync(Demotion(owner), owner.Headers));
        var unchanged = await DatabaseSnapshot.TakeAsync(server.DatabaseFile, "accounts_customer_users");
        await CustomerOrganisations.AddSignedInUserAsync(server, support, owner.OrganisationId, "otto", "owner");
        var stepsDown = await owner.Users.UpdateCustomerUserAsync(Demotion(owner), owner.Headers);

        Assert.Equal(StatusCode.FailedPrecondition, demoted.StatusCode);
        Assert.Equal("LAST_OWNER", demoted.Reason);
        Assert.Equal(before, unchanged);
        Assert.Equal("admin", stepsDown.Role);
    }

    private static UpdateCustomerUserRequest Demotion(CustomerSession owner) =>
        new() { UserId = owner.UserId, DisplayName = "Olivia", WorkEmail = "olivia@example.co.uk", Role = "admin" };
}
