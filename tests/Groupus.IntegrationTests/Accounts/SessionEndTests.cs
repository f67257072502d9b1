using Google.Protobuf;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Auth.V1;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.Api.Grpc.Gateway.V1;
using Groupus.IntegrationTests.Fax.Documents;
using Groupus.IntegrationTests.Fax.Service;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Accounts;

/// <summary>
/// A signed token stands only while its session does: a password change or reset, a role change, a suspended
/// organisation or a revoked gateway credential ends the tokens issued before, on their very next call.
/// </summary>
public sealed class SessionEndTests
{
    [Fact]
    public async Task A_password_change_ends_the_staff_members_other_sessions()
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.AdminAsync();
        var laptop = await server.StaffAsync("rita", "reception");
        var phone = await LoginStaffAsync(server, "rita", TestServer.StrongPassword);
        await laptop.Staff.ListStaffAsync(new ListStaffRequest(), phone.Headers);

        await laptop.Auth.ChangePasswordAsync(new ChangePasswordRequest { CurrentPassword = TestServer.StrongPassword, NewPassword = "a fresh passphrase 42" }, laptop.Headers);
        var stolen = await RpcFailure.Of(() => laptop.Staff.ListStaffAsync(new ListStaffRequest(), phone.Headers));
        var fresh = await LoginStaffAsync(server, "rita", "a fresh passphrase 42");

        Assert.Equal(StatusCode.Unauthenticated, stolen.StatusCode);
        Assert.Contains("session has ended", stolen.Message, StringComparison.Ordinal);
        Assert.NotEmpty((await fresh.Staff.ListStaffAsync(new ListStaffRequest(), fresh.Headers)).Staff);
        Assert.NotEmpty((await admin.Staff.ListStaffAsync(new ListStaffRequest(), admin.Headers)).Staff);
    }

    [Fact]
    public async Task A_password_reset_ends_the_customer_users_sessions()
    {
        await using var server = await TestServer.StartAsync();
        var support = await server.StaffAsync("sue", "support");
        var owner = await CustomerOrganisations.WithSignedInUserAsync(server, support, "Acme", "olivia", "owner");
        var member = await CustomerOrganisations.AddSignedInUserAsync(server, support, owner.OrganisationId, "mark", "member");
        await member.Organisations.GetOrganisationAsync(new GetOrganisationRequest { OrganisationId = owner.OrganisationId }, member.Headers);

        var reset = await owner.Users.IssuePasswordResetTokenAsync(new IssuePasswordResetTokenRequest { UserId = member.UserId }, owner.Headers);
        await new AuthService.AuthServiceClient(server.Channel).ResetPasswordAsync(new ResetPasswordRequest { Token = reset.Token, NewPassword = "a brand new passphrase" });
        var old = await RpcFailure.Of(() => member.Organisations.GetOrganisationAsync(new GetOrganisationRequest { OrganisationId = owner.OrganisationId }, member.Headers));

        Assert.Equal(StatusCode.Unauthenticated, old.StatusCode);
        Assert.NotEmpty((await owner.Organisations.GetOrganisationAsync(new GetOrganisationRequest { OrganisationId = owner.OrganisationId }, owner.Headers)).Id);
    }

    [Fact]
    public async Task A_demoted_customer_admins_token_no_longer_carries_the_old_role()
    {
        await using var server = await TestServer.StartAsync();
        var support = await server.StaffAsync("sue", "support");
        var owner = await CustomerOrganisations.WithSignedInUserAsync(server, support, "Acme", "olivia", "owner");
        var admin = await CustomerOrganisations.AddSignedInUserAsync(server, support, owner.OrganisationId, "adam", "admin");
        await admin.Users.ListCustomerUsersAsync(new ListCustomerUsersRequest(), admin.Headers);

        await owner.Users.UpdateCustomerUserAsync(new UpdateCustomerUserRequest
        {
            UserId = admin.UserId, DisplayName = "Adam", WorkEmail = "adam@example.co.uk", Role = "member",
        }, owner.Headers);
        var asAdmin = await RpcFailure.Of(() => admin.Users.CreateCustomerUserAsync(new CreateCustomerUserRequest
        {
            Username = "sneaky", DisplayName = "Sneaky", WorkEmail = "sneaky@example.co.uk", Role = "admin", InitialPassword = "initial password 123",
        }, admin.Headers));
        var again = await new AuthService.AuthServiceClient(server.Channel).LoginCustomerAsync(
            new LoginRequest { OrganisationId = owner.OrganisationId, Username = "adam", Password = TestServer.StrongPassword });

        Assert.Equal(StatusCode.Unauthenticated, asAdmin.StatusCode);
        Assert.Equal("member", again.Role);
        Assert.DoesNotContain("sneaky", (await owner.Users.ListCustomerUsersAsync(new ListCustomerUsersRequest(), owner.Headers)).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_of_a_suspended_organisation_can_neither_use_their_tokens_nor_sign_in_nor_send_faxes_until_it_is_active_again()
    {
        await using var server = await TestServer.StartAsync();
        var billing = await server.StaffAsync("bill", "admin", "billing");
        var owner = await CustomerOrganisations.WithSignedInUserAsync(server, billing, "Acme", "olivia", "owner");
        var organisations = new OrganisationService.OrganisationServiceClient(server.Channel);
        var fax = new FaxService.FaxServiceClient(server.Channel);
        var auth = new AuthService.AuthServiceClient(server.Channel);
        await organisations.ChangeOrganisationStatusAsync(
            new ChangeOrganisationStatusRequest { OrganisationId = owner.OrganisationId, Status = OrganisationStatus.Active }, billing.Headers);

        await organisations.ChangeOrganisationStatusAsync(new ChangeOrganisationStatusRequest
        {
            OrganisationId = owner.OrganisationId, Status = OrganisationStatus.Suspended, Reason = "unpaid invoices",
        }, billing.Headers);
        var used = await RpcFailure.Of(() => owner.Organisations.GetOrganisationAsync(new GetOrganisationRequest(), owner.Headers));
        var pdf = ByteString.CopyFrom(await SampleDocuments.PdfAsync(1));
        var sent = await RpcFailure.Of(() => fax.SubmitFaxAsync(
            new SubmitFaxRequest { To = "020 7946 0123", Resolution = FaxResolution.Standard, Document = pdf }, owner.Headers));
        var signIn = await RpcFailure.Of(() => auth.LoginCustomerAsync(
            new LoginRequest { OrganisationId = owner.OrganisationId, Username = "olivia", Password = TestServer.StrongPassword }));
        var wrong = await RpcFailure.Of(() => auth.LoginCustomerAsync(
            new LoginRequest { OrganisationId = owner.OrganisationId, Username = "olivia", Password = "not her password at all" }));

        await organisations.ChangeOrganisationStatusAsync(
            new ChangeOrganisationStatusRequest { OrganisationId = owner.OrganisationId, Status = OrganisationStatus.Active }, billing.Headers);
        var back = await auth.LoginCustomerAsync(new LoginRequest { OrganisationId = owner.OrganisationId, Username = "olivia", Password = TestServer.StrongPassword });

        Assert.Equal(StatusCode.Unauthenticated, used.StatusCode);
        Assert.Contains("suspended", used.Message, StringComparison.Ordinal);
        Assert.Equal(StatusCode.Unauthenticated, sent.StatusCode);
        Assert.Equal(StatusCode.FailedPrecondition, signIn.StatusCode);
        Assert.Equal("ACCESS_SUSPENDED", signIn.Reason);
        Assert.Equal(StatusCode.Unauthenticated, wrong.StatusCode);
        Assert.NotEmpty(back.AccessToken);
        Assert.NotEmpty((await owner.Organisations.GetOrganisationAsync(new GetOrganisationRequest(), owner.Headers)).Id);
    }

    [Fact]
    public async Task A_revoked_gateway_credential_is_refused_on_every_link_call()
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.AdminAsync();
        await using var gateway = await FakeGateway.ConnectAsync(server, admin, "gw-1", FakeGateway.Line("l1", "+44 20 7946 0500"));
        await gateway.Client.HelloAsync(new HelloRequest(), gateway.Headers);

        await new GatewayCredentialService.GatewayCredentialServiceClient(server.Channel)
            .RevokeGatewayCredentialAsync(new RevokeGatewayCredentialRequest { GatewayId = gateway.GatewayId }, admin.Headers);
        var hello = await RpcFailure.Of(() => gateway.Client.HelloAsync(new HelloRequest(), gateway.Headers));
        var document = await RpcFailure.OfStream(() => gateway.Client.FetchJobDocument(
            new FetchJobDocumentRequest { JobId = Guid.NewGuid().ToString(), LeaseId = Guid.NewGuid().ToString() }, gateway.Headers));
        var upload = await RpcFailure.OfTask(async () =>
        {
            using var call = gateway.Client.UploadReceivedFax(gateway.Headers, deadline: DateTime.UtcNow.AddMinutes(1));
            await AnswerOfAsync(call.RequestStream.WriteAsync(new ReceivedFaxUpload
            {
                Header = new ReceivedFaxHeader { IdempotencyKey = Guid.NewGuid().ToString(), LineId = "l1", PageCount = 1, SizeBytes = 4 },
            }));
            await AnswerOfAsync(call.RequestStream.CompleteAsync());
            await call.ResponseAsync;
        });
        var connect = await RpcFailure.OfTask(async () =>
        {
            using var call = gateway.Client.Connect(gateway.Headers, deadline: DateTime.UtcNow.AddMinutes(1));
            await call.ResponseStream.MoveNext(CancellationToken.None);
        });

        Assert.Equal(StatusCode.Unauthenticated, hello.StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, document.StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, upload.StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, connect.StatusCode);
    }

    [Fact]
    public async Task A_change_made_by_another_server_process_ends_sessions_within_the_check_interval()
    {
        await using var server = await TestServer.StartAsync(settings: "Sessions:CheckInterval=00:00:00.500");
        var rita = await server.StaffAsync("rita", "reception");
        await rita.Staff.ListStaffAsync(new ListStaffRequest(), rita.Headers);

        // Another process (sharing the database) raised the session version: nothing in this process was told.
        await DatabaseSnapshot.ExecuteAsync(server.DatabaseFile, "UPDATE accounts_staff SET SessionVersion = SessionVersion + 1 WHERE Username = 'rita'");
        var status = await Eventually.ValueAsync(
            async () =>
            {
                try
                {
                    await rita.Staff.ListStaffAsync(new ListStaffRequest(), rita.Headers);
                    return StatusCode.OK;
                }
                catch (RpcException exception)
                {
                    return exception.StatusCode;
                }
            },
            status => status == StatusCode.Unauthenticated);

        Assert.Equal(StatusCode.Unauthenticated, status);
    }

    /// <summary>A write the server may already have answered (and ended the call) before: the answer is what counts.</summary>
    private static async Task AnswerOfAsync(Task write)
    {
        try
        {
            await write;
        }
        catch (Exception exception) when (exception is RpcException or InvalidOperationException or IOException)
        {
        }
    }

    private static async Task<StaffSession> LoginStaffAsync(TestServer server, string username, string password)
    {
        var login = await new AuthService.AuthServiceClient(server.Channel).LoginAsync(new LoginRequest { Username = username, Password = password });
        return new StaffSession(server.Channel, login.AccessToken);
    }
}
