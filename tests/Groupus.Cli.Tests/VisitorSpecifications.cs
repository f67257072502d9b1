using Google.Protobuf.WellKnownTypes;
using Groupus.Api.Grpc.Visitors.V1;
using Groupus.Cli.Tests.Harness;

namespace Groupus.Cli.Tests;

public sealed class VisitorSpecifications : CliSpecification
{
    private static readonly DateTimeOffset NineFifteen = new(2026, 11, 28, 9, 15, 0, TimeSpan.Zero);

    [Fact]
    public async Task Rollcall_prints_when_it_was_taken_and_the_count_then_everyone_on_site()
    {
        await LoggedInAsAliceAsync();
        Backend.On<RollCallRequest, IEnumerable<RollCallEntry>>(_ =>
        [
            new RollCallEntry { Header = new RollCallHeader { TakenAt = Timestamp.FromDateTimeOffset(NineFifteen.AddSeconds(42)), OnSiteCount = 2 } },
            new RollCallEntry { Visit = Visits.OnSite("Ann Example", "Acme Ltd", "B-12", NineFifteen) },
            new RollCallEntry { Visit = Visits.OnSite("Dev Patel", "Widgets plc", "B-13", NineFifteen.AddMinutes(5)) },
        ]);

        var result = await Cli.RunAsync("visitors", "rollcall");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Roll call taken at 09:15:42 — 2 on site", result.Output);
        Assert.Contains("Ann Example", result.Output);
        Assert.Contains("Acme Ltd", result.Output);
        Assert.Contains("B-12", result.Output);
        Assert.Contains("Dev Patel", result.Output);
        Assert.Contains("09:20", result.Output);
    }

    [Fact]
    public async Task History_with_all_follows_page_tokens_until_the_last_page()
    {
        await LoggedInAsAliceAsync();
        Backend.On<SearchVisitHistoryRequest, ListVisitsResponse>(request => request.PageToken switch
        {
            "" => Page("page-2", "Visitor One", "Visitor Two"),
            "page-2" => Page("page-3", "Visitor Three"),
            "page-3" => Page(string.Empty, "Visitor Four"),
            _ => throw new InvalidOperationException($"unexpected token {request.PageToken}"),
        });

        var result = await Cli.RunAsync("visitors", "history", "--from", "2026-11-01", "--to", "2026-11-27", "--page-size", "2", "--all");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["", "page-2", "page-3"], Backend.RequestsOf<SearchVisitHistoryRequest>().Select(request => request.PageToken));
        Assert.All(Backend.RequestsOf<SearchVisitHistoryRequest>(), request => Assert.Equal(2, request.PageSize));
        foreach (var visitor in new[] { "Visitor One", "Visitor Two", "Visitor Three", "Visitor Four" })
        {
            Assert.Contains(visitor, result.Output);
        }
    }

    [Fact]
    public async Task History_without_all_fetches_one_page_and_says_how_to_get_the_next()
    {
        await LoggedInAsAliceAsync();
        Backend.On<SearchVisitHistoryRequest, ListVisitsResponse>(_ => Page("page-2", "Visitor One"));

        var result = await Cli.RunAsync("visitors", "history", "--from", "2026-11-01", "--to", "2026-11-27", "--host", "bob");

        Assert.Equal(0, result.ExitCode);
        var request = Assert.Single(Backend.RequestsOf<SearchVisitHistoryRequest>());
        Assert.Equal("bob", request.HostUsername);
        Assert.Contains("--page-token page-2", result.Output);
    }

    [Fact]
    public async Task History_dates_cover_whole_local_days()
    {
        await LoggedInAsAliceAsync();
        Cli.TimeZone = TimeZoneInfo.CreateCustomTimeZone("Test+2", TimeSpan.FromHours(2), "Test+2", "Test+2");
        Backend.On<SearchVisitHistoryRequest, ListVisitsResponse>(_ => Page(string.Empty));

        await Cli.RunAsync("visitors", "history", "--from", "2026-11-01", "--to", "2026-11-27");

        var request = Assert.Single(Backend.RequestsOf<SearchVisitHistoryRequest>());
        Assert.Equal(new DateTimeOffset(2026, 10, 31, 22, 0, 0, TimeSpan.Zero), request.From.ToDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 22, 0, 0, TimeSpan.Zero), request.To.ToDateTimeOffset());
    }

    [Theory]
    [InlineData("2026-11-30T10:00", "2026-11-30T08:00:00Z")]
    [InlineData("2026-11-30 10:00", "2026-11-30T08:00:00Z")]
    [InlineData("2026-11-30T10:00:00+00:00", "2026-11-30T10:00:00Z")]
    [InlineData("2026-11-30T10:00Z", "2026-11-30T10:00:00Z")]
    public async Task Preregister_sends_local_times_as_utc_and_accepts_iso_times_with_an_offset(string typed, string sentUtc)
    {
        await LoggedInAsAliceAsync();
        Cli.TimeZone = TimeZoneInfo.CreateCustomTimeZone("Test+2", TimeSpan.FromHours(2), "Test+2", "Test+2");
        Backend.On<PreRegisterVisitorRequest, Visit>(request => new Visit
        {
            Id = "v1",
            Status = VisitStatus.Expected,
            VisitorName = request.VisitorName,
            Company = request.Company,
            HostUsername = request.HostUsername,
            HostDisplayName = "Bob Host",
            ExpectedAt = request.ExpectedAt,
        });

        var result = await Cli.RunAsync(
            "visitors", "preregister", "--name", "Ann Example", "--company", "Acme", "--host", "bob", "--expected", typed, "--purpose", "Audit");

        Assert.Equal(0, result.ExitCode);
        var request = Assert.Single(Backend.RequestsOf<PreRegisterVisitorRequest>());
        Assert.Equal(DateTimeOffset.Parse(sentUtc, System.Globalization.CultureInfo.InvariantCulture), request.ExpectedAt.ToDateTimeOffset());
        Assert.Equal(("Ann Example", "Acme", "bob", "Audit"), (request.VisitorName, request.Company, request.HostUsername, request.Purpose));
        Assert.Contains("Pre-registered Ann Example (Acme) to visit Bob Host", result.Output);
    }

    [Theory]
    [InlineData("2026-07-01T10:00", "2026-07-01T09:00:00Z")]
    [InlineData("2026-12-01T10:00", "2026-12-01T10:00:00Z")]
    public async Task Preregister_follows_british_summer_time(string typed, string sentUtc)
    {
        await LoggedInAsAliceAsync();
        Cli.TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        Backend.On<PreRegisterVisitorRequest, Visit>(request => new Visit { Id = "v1", VisitorName = request.VisitorName, ExpectedAt = request.ExpectedAt });

        var result = await Cli.RunAsync("visitors", "preregister", "--name", "Ann", "--company", "Acme", "--host", "bob", "--expected", typed);

        Assert.Equal(0, result.ExitCode);
        var expectedAt = Assert.Single(Backend.RequestsOf<PreRegisterVisitorRequest>()).ExpectedAt.ToDateTimeOffset();
        Assert.Equal(DateTimeOffset.Parse(sentUtc, System.Globalization.CultureInfo.InvariantCulture), expectedAt);
    }

    [Fact]
    public async Task Preregister_rejects_a_local_time_skipped_when_the_clocks_go_forward()
    {
        await LoggedInAsAliceAsync();
        Cli.TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

        var result = await Cli.RunAsync("visitors", "preregister", "--name", "Ann", "--company", "Acme", "--host", "bob", "--expected", "2026-03-29T01:30");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not exist in your time zone", result.Error);
        Assert.Empty(Backend.RequestsOf<PreRegisterVisitorRequest>());
    }

    [Fact]
    public async Task Expected_asks_for_the_given_local_day()
    {
        await LoggedInAsAliceAsync();
        Backend.On<ListExpectedVisitorsRequest, ListVisitsResponse>(_ => new ListVisitsResponse());

        var result = await Cli.RunAsync("visitors", "expected", "--day", "2026-11-30");

        Assert.Equal(0, result.ExitCode);
        var day = Assert.Single(Backend.RequestsOf<ListExpectedVisitorsRequest>()).Day.ToDateTimeOffset();
        Assert.Equal(new DateOnly(2026, 11, 30), DateOnly.FromDateTime(day.UtcDateTime));
        Assert.Contains("Nobody else is expected on 2026-11-30.", result.Output);
    }

    [Fact]
    public async Task Signin_of_a_walk_in_sends_every_detail()
    {
        await LoggedInAsAliceAsync();
        Backend.On<SignInVisitorRequest, Visit>(request => Visits.OnSite(request.VisitorName, request.Company, request.BadgeNumber, NineFifteen));

        var result = await Cli.RunAsync(
            "visitors", "signin", "--name", "Ann Example", "--company", "Acme", "--host", "bob", "--purpose", "Audit", "--badge", "B-12");

        Assert.Equal(0, result.ExitCode);
        var request = Assert.Single(Backend.RequestsOf<SignInVisitorRequest>());
        Assert.Equal(("", "Ann Example", "Acme", "bob", "Audit", "B-12"),
            (request.VisitId, request.VisitorName, request.Company, request.HostUsername, request.Purpose, request.BadgeNumber));
        Assert.Contains("Signed in Ann Example with badge B-12", result.Output);
    }

    [Fact]
    public async Task Signin_of_a_pre_registered_visitor_needs_only_the_visit_and_badge()
    {
        await LoggedInAsAliceAsync();
        Backend.On<SignInVisitorRequest, Visit>(request => Visits.OnSite("Ann Example", "Acme", request.BadgeNumber, NineFifteen));

        var result = await Cli.RunAsync("visitors", "signin", "--visit", "v1", "--badge", "B-12");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("v1", Assert.Single(Backend.RequestsOf<SignInVisitorRequest>()).VisitId);
    }

    [Fact]
    public async Task Signout_by_badge_sends_the_badge_not_a_visit_id()
    {
        await LoggedInAsAliceAsync();
        Backend.On<SignOutVisitorRequest, Visit>(_ => Visits.OnSite("Ann Example", "Acme", "B-12", NineFifteen));

        var result = await Cli.RunAsync("visitors", "signout", "--badge", "B-12");

        Assert.Equal(0, result.ExitCode);
        var request = Assert.Single(Backend.RequestsOf<SignOutVisitorRequest>());
        Assert.Equal(SignOutVisitorRequest.VisitorOneofCase.BadgeNumber, request.VisitorCase);
        Assert.Equal("B-12", request.BadgeNumber);
    }

    [Fact]
    public async Task Onsite_shows_times_in_local_time_with_the_date_when_not_today()
    {
        await LoggedInAsAliceAsync();
        Cli.TimeZone = TimeZoneInfo.CreateCustomTimeZone("Test+2", TimeSpan.FromHours(2), "Test+2", "Test+2");
        Backend.On<ListOnSiteRequest, ListVisitsResponse>(_ => new ListVisitsResponse
        {
            Visits =
            {
                Visits.OnSite("Ann Example", "Acme", "B-12", NineFifteen),
                Visits.OnSite("Dev Patel", "Widgets plc", "B-13", NineFifteen.AddDays(-1), host: "Carol Host"),
            },
        });

        var result = await Cli.RunAsync("visitors", "onsite");

        Assert.Equal(0, result.ExitCode);
        var annRow = result.Output.Split('\n').Single(line => line.Contains("Ann Example"));
        var devRow = result.Output.Split('\n').Single(line => line.Contains("Dev Patel"));
        Assert.Contains(" 11:15 ", annRow);
        Assert.DoesNotContain("2026-11-28", annRow);
        Assert.Contains("2026-11-27 11:15", devRow);
        Assert.Contains("Carol Host", devRow);
        Assert.Contains("On site", annRow);
    }

    [Fact]
    public async Task Onsite_with_nobody_there_says_so()
    {
        await LoggedInAsAliceAsync();
        Backend.On<ListOnSiteRequest, ListVisitsResponse>(_ => new ListVisitsResponse());

        var result = await Cli.RunAsync("visitors", "onsite");

        Assert.Equal("Nobody is on site.", result.Output.Trim());
    }

    private static ListVisitsResponse Page(string nextPageToken, params string[] visitors)
    {
        var page = new ListVisitsResponse { NextPageToken = nextPageToken };
        page.Visits.AddRange(visitors.Select(visitor => Visits.OnSite(visitor, "Acme", "B-1", NineFifteen)));
        return page;
    }
}
