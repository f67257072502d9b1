using Grpc.Core;
using Groupus.Api.Grpc.Visitors.V1;
using Groupus.Cli.Tests.Harness;

namespace Groupus.Cli.Tests;

public sealed class SessionSpecifications : CliSpecification
{
    [Theory]
    [InlineData("visitors", "onsite")]
    [InlineData("visitors", "rollcall")]
    [InlineData("staff", "list")]
    [InlineData("notifications", "list")]
    [InlineData("whoami")]
    public async Task Without_a_saved_session_commands_exit_3_without_calling_the_server(params string[] command)
    {
        var result = await Cli.RunAsync(command);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("Not logged in. Run: groupus login --username <you>", result.Error.Trim());
        Assert.Empty(Backend.Calls);
    }

    [Fact]
    public async Task An_expired_saved_session_exits_3_without_calling_the_server()
    {
        await LoggedInAsAliceAsync();
        Cli.Clock.Now = Cli.Clock.Now.AddHours(9);

        var result = await Cli.RunAsync("visitors", "onsite");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("Your session has expired or is invalid. Run: groupus login", result.Error);
        Assert.DoesNotContain(Backend.Calls, call => call.Request is ListOnSiteRequest);
    }

    [Fact]
    public async Task A_token_the_server_rejects_exits_3_and_asks_to_log_in_again()
    {
        await LoggedInAsAliceAsync();
        Backend.Fail<ListOnSiteRequest>(new RpcException(new Status(StatusCode.Unauthenticated, "Token revoked.")));

        var result = await Cli.RunAsync("visitors", "onsite");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("Your session has expired or is invalid. Run: groupus login", result.Error);
    }

    [Fact]
    public async Task The_token_is_never_sent_to_a_server_other_than_the_one_it_came_from()
    {
        await LoggedInAsAliceAsync();

        var result = await Cli.RunAsync("--server", "http://127.0.0.1:1", "visitors", "onsite");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("You are logged in to", result.Error);
        Assert.DoesNotContain(Backend.Calls, call => call.Request is ListOnSiteRequest);
    }

    [Fact]
    public async Task Without_server_option_or_environment_commands_use_the_server_of_the_saved_session()
    {
        await LoggedInAsAliceAsync();
        Backend.On<ListOnSiteRequest, ListVisitsResponse>(_ => new ListVisitsResponse());
        Cli.Server = null;

        var result = await Cli.RunAsync("visitors", "onsite");

        Assert.Equal(0, result.ExitCode);
        Assert.Single(Backend.RequestsOf<ListOnSiteRequest>());
    }
}
