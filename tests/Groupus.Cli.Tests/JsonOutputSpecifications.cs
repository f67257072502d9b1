using System.Text.Json;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Groupus.Api.Grpc.Visitors.V1;
using Groupus.Cli.Tests.Harness;

namespace Groupus.Cli.Tests;

public sealed class JsonOutputSpecifications : CliSpecification
{
    private static readonly DateTimeOffset NineFifteen = new(2026, 11, 28, 9, 15, 0, TimeSpan.Zero);

    [Fact]
    public async Task Json_output_is_protobuf_json_that_parses_back_into_the_response()
    {
        await LoggedInAsAliceAsync();
        var onSite = new ListVisitsResponse { Visits = { Visits.OnSite("Ann Example", "Acme", "B-12", NineFifteen) } };
        Backend.On<ListOnSiteRequest, ListVisitsResponse>(_ => onSite);

        var result = await Cli.RunAsync("visitors", "onsite", "--output", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(onSite, JsonParser.Default.Parse<ListVisitsResponse>(result.Output));
        using var document = JsonDocument.Parse(result.Output);
        var visit = document.RootElement.GetProperty("visits")[0];
        Assert.Equal("VISIT_STATUS_ON_SITE", visit.GetProperty("status").GetString());
        Assert.Equal("2026-11-28T09:15:00Z", visit.GetProperty("signedInAt").GetString());
    }

    [Fact]
    public async Task Json_rollcall_is_an_array_of_the_streamed_entries()
    {
        await LoggedInAsAliceAsync();
        Backend.On<RollCallRequest, IEnumerable<RollCallEntry>>(_ =>
        [
            new RollCallEntry { Header = new RollCallHeader { TakenAt = Timestamp.FromDateTimeOffset(NineFifteen), OnSiteCount = 1 } },
            new RollCallEntry { Visit = Visits.OnSite("Ann Example", "Acme", "B-12", NineFifteen) },
        ]);

        var result = await Cli.RunAsync("-o", "json", "visitors", "rollcall");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        Assert.Equal(2, document.RootElement.GetArrayLength());
        Assert.Equal(1, document.RootElement[0].GetProperty("header").GetProperty("onSiteCount").GetInt32());
        Assert.Equal("Ann Example", document.RootElement[1].GetProperty("visit").GetProperty("visitorName").GetString());
    }

    [Fact]
    public async Task Json_whoami_describes_the_session_but_never_shows_the_token()
    {
        await LoggedInAsAliceAsync();

        var result = await Cli.RunAsync("whoami", "--output", "json");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        Assert.Equal("alice", document.RootElement.GetProperty("username").GetString());
        Assert.Equal(Server.Address, document.RootElement.GetProperty("server").GetString());
        Assert.DoesNotContain(Token, result.Output);
    }

    [Fact]
    public async Task Json_output_of_a_failure_leaves_stdout_empty()
    {
        var result = await Cli.RunAsync("visitors", "onsite", "--output", "json");

        Assert.Equal(3, result.ExitCode);
        Assert.Empty(result.Output);
    }
}
