using Groupus.Api.Grpc.Auth.V1;
using Groupus.Api.Grpc.Communications.V1;
using Groupus.Cli.Tests.Harness;

namespace Groupus.Cli.Tests;

public sealed class StaffAndNotificationSpecifications : CliSpecification
{
    [Fact]
    public async Task Staff_create_sends_every_role_and_the_initial_password_from_stdin()
    {
        await LoggedInAsAliceAsync();
        Backend.On<CreateStaffMemberRequest, StaffMember>(request => new StaffMember
        {
            Id = "s1",
            Username = request.Username,
            DisplayName = request.DisplayName,
            Roles = { request.Roles },
            PasswordChangeRequired = true,
        });

        var result = await Cli.RunAsync(
            ["staff", "create", "--username", "carol", "--name", "Carol Jones", "--role", "reception", "--role", "admin", "--password-stdin"],
            "Initial-Passw0rd\n");

        Assert.Equal(0, result.ExitCode);
        var request = Assert.Single(Backend.RequestsOf<CreateStaffMemberRequest>());
        Assert.Equal(["reception", "admin"], request.Roles);
        Assert.Equal(("carol", "Carol Jones", "Initial-Passw0rd"), (request.Username, request.DisplayName, request.InitialPassword));
        Assert.Contains("Carol Jones", result.Output);
    }

    [Fact]
    public async Task Staff_list_shows_each_member_and_whether_they_are_locked_out()
    {
        await LoggedInAsAliceAsync();
        Backend.On<ListStaffRequest, ListStaffResponse>(_ => new ListStaffResponse
        {
            Staff =
            {
                new StaffMember { Username = "bob", DisplayName = "Bob Host", Roles = { "reception" } },
                new StaffMember { Username = "eve", DisplayName = "Eve [Finance]", Roles = { "billing" }, LockedOut = true },
            },
        });

        var result = await Cli.RunAsync("staff", "list");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Bob Host", result.Output);
        var eveRow = result.Output.Split('\n').Single(line => line.Contains("Eve [Finance]"));
        Assert.Contains("yes", eveRow);
    }

    [Fact]
    public async Task Staff_unlock_names_the_account()
    {
        await LoggedInAsAliceAsync();
        Backend.On<UnlockStaffMemberRequest, StaffMember>(request => new StaffMember { Username = request.Username, DisplayName = "Eve" });

        var result = await Cli.RunAsync("staff", "unlock", "--username", "eve");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("eve", Assert.Single(Backend.RequestsOf<UnlockStaffMemberRequest>()).Username);
        Assert.Contains("Unlocked eve.", result.Output);
    }

    [Fact]
    public async Task Notifications_list_passes_the_limit_and_shows_each_notification()
    {
        await LoggedInAsAliceAsync();
        Backend.On<ListMyNotificationsRequest, ListMyNotificationsResponse>(_ => new ListMyNotificationsResponse
        {
            Notifications = { new Notification { Id = "n1", Subject = "Your visitor has arrived", Body = "Ann Example is at reception.", Channel = "email", DeliveryStatus = "sent" } },
        });

        var result = await Cli.RunAsync("notifications", "list", "--limit", "5");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(5, Assert.Single(Backend.RequestsOf<ListMyNotificationsRequest>()).Limit);
        Assert.Contains("Your visitor has arrived", result.Output);
    }
}
