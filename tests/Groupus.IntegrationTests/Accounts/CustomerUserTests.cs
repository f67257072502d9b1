using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Auth.V1;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Accounts;

public sealed class CustomerUserTests
{
    [Fact]
    public async Task An_owner_manages_their_organisations_users_and_a_member_cannot()
    {
        await using var server = await TestServer.StartAsync();
        var support = await server.StaffAsync("sue", "support");
        var owner = await CustomerOrganisations.WithSignedInUserAsync(server, support, "Acme", "olivia", "owner");

        var member = await owner.Users.CreateCustomerUserAsync(new CreateCustomerUserRequest
        {
            Username = "mark", DisplayName = "Mark", WorkEmail = "Mark@Example.co.uk", WorkPhone = "+44 20 7946 0001", Role = "member",
            InitialPassword = "initial password 123",
        }, owner.Headers);
        Assert.Equal(owner.OrganisationId, member.OrganisationId);
        Assert.Equal("mark@example.co.uk", member.WorkEmail);
        Assert.Equal("+442079460001", member.WorkPhone);

        var markSession = await CustomerOrganisations.AddSignedInUserAsync(server, support, owner.OrganisationId, "maria", "member");
        var forbidden = await RpcFailure.Of(() => markSession.Users.CreateCustomerUserAsync(new CreateCustomerUserRequest
        {
            Username = "sneaky", DisplayName = "Sneaky", WorkEmail = "s@example.com", Role = "owner", InitialPassword = "initial password 123",
        }, markSession.Headers));
        Assert.Equal(StatusCode.PermissionDenied, forbidden.StatusCode);

        var mine = await markSession.Organisations.GetOrganisationAsync(new GetOrganisationRequest(), markSession.Headers);
        Assert.Equal(owner.OrganisationId, mine.Id);
        var users = await markSession.Users.ListCustomerUsersAsync(new ListCustomerUsersRequest(), markSession.Headers);
        Assert.Equal(["maria", "mark", "olivia"], users.Users.Select(u => u.Username));
    }

    [Fact]
    public async Task An_organisation_admin_cannot_appoint_an_owner()
    {
        await using var server = await TestServer.StartAsync();
        var support = await server.StaffAsync("sue", "support");
        var admin = await CustomerOrganisations.WithSignedInUserAsync(server, support, "Acme", "adam", "admin");

        var failure = await RpcFailure.Of(() => admin.Users.CreateCustomerUserAsync(new CreateCustomerUserRequest
        {
            Username = "otto", DisplayName = "Otto", WorkEmail = "otto@example.com", Role = "owner", InitialPassword = "initial password 123",
        }, admin.Headers));

        Assert.Equal(StatusCode.PermissionDenied, failure.StatusCode);
    }

    [Fact]
    public async Task Malformed_contacts_duplicates_and_common_passwords_are_rejected_without_storing_anything()
    {
        await using var server = await TestServer.StartAsync();
        var support = await server.StaffAsync("sue", "support");
        var owner = await CustomerOrganisations.WithSignedInUserAsync(server, support, "Acme", "olivia", "owner");
        var before = await DatabaseSnapshot.TakeAsync(server.DatabaseFile, "accounts_customer_users");

        var invalid = await RpcFailure.Of(() => owner.Users.CreateCustomerUserAsync(new CreateCustomerUserRequest
        {
            Username = "mark", DisplayName = "Mark", WorkEmail = "mark@localhost", WorkPhone = "+44 20 7946", Role = "member",
            InitialPassword = "password1234",
        }, owner.Headers));
        var duplicate = await RpcFailure.Of(() => owner.Users.CreateCustomerUserAsync(new CreateCustomerUserRequest
        {
            Username = "OLIVIA", DisplayName = "Olivia Two", WorkEmail = "o2@example.com", Role = "member", InitialPassword = "initial password 123",
        }, owner.Headers));

        Assert.Equal(StatusCode.InvalidArgument, invalid.StatusCode);
        Assert.Contains("not an e-mail address", invalid.Violations["work_email"], StringComparison.Ordinal);
        Assert.Contains("telephone number", invalid.Violations["work_phone"], StringComparison.Ordinal);
        Assert.Contains("most common passwords", invalid.Violations["initial_password"], StringComparison.Ordinal);
        Assert.Equal(StatusCode.AlreadyExists, duplicate.StatusCode);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(server.DatabaseFile, "accounts_customer_users"));
    }

    [Fact]
    public async Task A_reset_token_works_once_and_not_after_it_expires()
    {
        var clock = new SettableClock(DateTimeOffset.UtcNow);
        await using var server = await TestServer.StartAsync(clock: clock);
        var support = await server.StaffAsync("sue", "support");
        var owner = await CustomerOrganisations.WithSignedInUserAsync(server, support, "Acme", "olivia", "owner");
        var member = await CustomerOrganisations.AddSignedInUserAsync(server, support, owner.OrganisationId, "mark", "member");
        var auth = new AuthService.AuthServiceClient(server.Channel);

        var reset = await owner.Users.IssuePasswordResetTokenAsync(new IssuePasswordResetTokenRequest { UserId = member.UserId }, owner.Headers);
        await auth.ResetPasswordAsync(new ResetPasswordRequest { Token = reset.Token, NewPassword = "a brand new passphrase" });
        var reused = await RpcFailure.Of(() => auth.ResetPasswordAsync(new ResetPasswordRequest { Token = reset.Token, NewPassword = "another new passphrase" }));
        var login = await auth.LoginCustomerAsync(new LoginRequest { OrganisationId = owner.OrganisationId, Username = "mark", Password = "a brand new passphrase" });

        var late = await owner.Users.IssuePasswordResetTokenAsync(new IssuePasswordResetTokenRequest { UserId = member.UserId }, owner.Headers);
        clock.Advance(TimeSpan.FromHours(2));
        var expired = await RpcFailure.Of(() => auth.ResetPasswordAsync(new ResetPasswordRequest { Token = late.Token, NewPassword = "too late passphrase" }));
        var forged = await RpcFailure.Of(() => auth.ResetPasswordAsync(new ResetPasswordRequest { Token = late.Token[..^4] + "AAAA", NewPassword = "forged passphrase 1" }));

        Assert.NotEmpty(login.AccessToken);
        Assert.Equal(StatusCode.FailedPrecondition, reused.StatusCode);
        Assert.Equal("RESET_TOKEN_INVALID", reused.Reason);
        Assert.Equal(StatusCode.FailedPrecondition, expired.StatusCode);
        Assert.Equal(StatusCode.FailedPrecondition, forged.StatusCode);
        Assert.DoesNotContain(server.Logs.Lines, line => line.Contains(reset.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Repeated_failed_customer_logins_lock_the_account_until_an_organisation_admin_unlocks_it()
    {
        await using var server = await TestServer.StartAsync();
        var support = await server.StaffAsync("sue", "support");
        var owner = await CustomerOrganisations.WithSignedInUserAsync(server, support, "Acme", "olivia", "owner");
        var member = await CustomerOrganisations.AddSignedInUserAsync(server, support, owner.OrganisationId, "mark", "member");
        var auth = new AuthService.AuthServiceClient(server.Channel);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await RpcFailure.Of(() => auth.LoginCustomerAsync(new LoginRequest { OrganisationId = owner.OrganisationId, Username = "mark", Password = $"wrong guess {attempt}" }));
        }

        var locked = await RpcFailure.Of(() => auth.LoginCustomerAsync(new LoginRequest { OrganisationId = owner.OrganisationId, Username = "mark", Password = TestServer.StrongPassword }));
        await owner.Users.UnlockCustomerUserAsync(new UnlockCustomerUserRequest { UserId = member.UserId }, owner.Headers);
        var login = await auth.LoginCustomerAsync(new LoginRequest { OrganisationId = owner.OrganisationId, Username = "mark", Password = TestServer.StrongPassword });

        Assert.Equal(StatusCode.Unauthenticated, locked.StatusCode);
        Assert.NotEmpty(login.AccessToken);
        Assert.DoesNotContain(server.Logs.Lines, line => line.Contains("wrong guess", StringComparison.Ordinal));
    }
}
