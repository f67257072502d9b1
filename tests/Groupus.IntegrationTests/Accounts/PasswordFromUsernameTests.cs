using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Auth.V1;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Accounts;

/// <summary>Passwords made from the username are refused wherever a password is chosen.</summary>
public sealed class PasswordFromUsernameTests
{
    [Theory]
    [InlineData("priya.shah.x")]
    [InlineData("PRIYA.SHAH.X")]
    [InlineData("Priya.Shah.X2024!")]
    [InlineData("x.hahs.ayirp")]
    [InlineData("my name is priyashahx really")]
    [InlineData("priya-shah-x 1987 1987")]
    public async Task A_staff_members_initial_password_made_from_their_username_is_refused(string password)
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.AdminAsync();

        var refused = await RpcFailure.Of(() => admin.Staff.CreateStaffMemberAsync(
            new CreateStaffMemberRequest { Username = "priya.shah.x", DisplayName = "Priya", Roles = { "reception" }, InitialPassword = password }, admin.Headers));

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains("username", refused.Violations["initial_password"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_chosen_at_first_login_by_change_or_by_reset_may_not_be_made_from_the_username()
    {
        await using var server = await TestServer.StartAsync();
        var support = await server.StaffAsync("sue", "support");
        var owner = await CustomerOrganisations.WithSignedInUserAsync(server, support, "Acme", "olivia", "owner");
        var users = new CustomerUserService.CustomerUserServiceClient(server.Channel);
        var auth = new AuthService.AuthServiceClient(server.Channel);
        await users.CreateCustomerUserAsync(new CreateCustomerUserRequest
        {
            OrganisationId = owner.OrganisationId, Username = "marcus", DisplayName = "Marcus", WorkEmail = "marcus@example.co.uk", Role = "member",
            InitialPassword = "initial password 123",
        }, support.Headers);

        var atFirstLogin = await RpcFailure.Of(() => auth.LoginCustomerAsync(new LoginRequest
        {
            OrganisationId = owner.OrganisationId, Username = "marcus", Password = "initial password 123", NewPassword = "Marcus2024Marcus!",
        }));
        var byChange = await RpcFailure.Of(() => auth.ChangePasswordAsync(
            new ChangePasswordRequest { CurrentPassword = TestServer.StrongPassword, NewPassword = "OLIVIA-olivia-1999" }, owner.Headers));
        var reset = await users.IssuePasswordResetTokenAsync(new IssuePasswordResetTokenRequest { UserId = owner.UserId }, support.Headers);
        var byReset = await RpcFailure.Of(() => auth.ResetPasswordAsync(new ResetPasswordRequest { Token = reset.Token, NewPassword = "aivilo aivilo 2024" }));

        Assert.Equal(StatusCode.InvalidArgument, atFirstLogin.StatusCode);
        Assert.Contains("username", atFirstLogin.Violations["new_password"], StringComparison.Ordinal);
        Assert.Equal(StatusCode.InvalidArgument, byChange.StatusCode);
        Assert.Contains("username", byChange.Violations["new_password"], StringComparison.Ordinal);
        Assert.Equal(StatusCode.InvalidArgument, byReset.StatusCode);
        Assert.Contains("username", byReset.Violations["new_password"], StringComparison.Ordinal);
    }
}
