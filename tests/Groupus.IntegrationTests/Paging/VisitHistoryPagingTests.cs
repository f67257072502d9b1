using Google.Protobuf.WellKnownTypes;
using Groupus.Api.Grpc.Visitors.V1;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Paging;

/// <summary>Visit history pages by key (sign-in time, id), not by position, under tokens the caller cannot forge or reuse elsewhere.</summary>
public sealed class VisitHistoryPagingTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.UtcNow;

    [Fact]
    public async Task Every_visit_comes_once_though_older_and_newer_visits_arrive_between_pages()
    {
        var clock = new SettableClock(Start);
        await using var server = await TestServer.StartAsync(clock: clock);
        var reception = await server.StaffAsync("rita", "reception");
        clock.Advance(TimeSpan.FromMinutes(1));
        var original = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(10));
            original.Add((await SignInAsync(reception, $"Visitor {i}", $"H-{i}")).Id);
        }

        var window = Window(pageSize: 3);
        var first = await reception.Visitors.SearchVisitHistoryAsync(window, reception.Headers);
        Assert.Equal(original[..3], first.Visits.Select(v => v.Id));

        // A visit older than the last one shown (a position-based page 2 would repeat "Visitor 2"), and a newer one.
        clock.Advance(TimeSpan.FromSeconds(-55));
        var older = await SignInAsync(reception, "Late entry", "H-OLD");
        clock.Advance(TimeSpan.FromMinutes(5));
        var newer = await SignInAsync(reception, "Newcomer", "H-NEW");

        var seen = first.Visits.Select(v => v.Id).ToList();
        window.PageToken = first.NextPageToken;
        while (window.PageToken.Length > 0)
        {
            var page = await reception.Visitors.SearchVisitHistoryAsync(window, reception.Headers);
            seen.AddRange(page.Visits.Select(v => v.Id));
            window.PageToken = page.NextPageToken;
        }

        Assert.Equal([.. original, newer.Id], seen);
        Assert.DoesNotContain(older.Id, seen);
    }

    [Fact]
    public async Task A_tampered_token_a_token_from_another_list_and_a_token_with_other_filters_are_refused()
    {
        await using var server = await TestServer.StartAsync();
        var reception = await server.StaffAsync("rita", "reception");
        await server.StaffAsync("harry", "support");
        for (var i = 0; i < 3; i++)
        {
            await SignInAsync(reception, $"Visitor {i}", $"T-{i}");
        }

        var window = Window(pageSize: 1);
        var token = (await reception.Visitors.SearchVisitHistoryAsync(window, reception.Headers)).NextPageToken;
        var onSiteToken = (await reception.Visitors.ListOnSiteAsync(new ListOnSiteRequest { PageSize = 1 }, reception.Headers)).NextPageToken;
        Assert.NotEmpty(token);
        Assert.NotEmpty(onSiteToken);

        var tampered = window.Clone();
        tampered.PageToken = Tamper(token);
        var fromAnotherList = window.Clone();
        fromAnotherList.PageToken = onSiteToken;
        var otherHost = window.Clone();
        otherHost.PageToken = token;
        otherHost.HostUsername = "harry";
        var otherWindow = window.Clone();
        otherWindow.PageToken = token;
        otherWindow.From = Timestamp.FromDateTimeOffset(Start.AddDays(-2));
        var garbage = window.Clone();
        garbage.PageToken = "not a token!";

        foreach (var request in new[] { tampered, fromAnotherList, otherHost, otherWindow, garbage })
        {
            var failure = await RpcFailure.Of(() => reception.Visitors.SearchVisitHistoryAsync(request, reception.Headers));
            Assert.Equal(StatusCode.InvalidArgument, failure.StatusCode);
            Assert.Contains("page_token", failure.Violations.Keys);
        }

        var historyTokenOnSite = await RpcFailure.Of(() => reception.Visitors.ListOnSiteAsync(new ListOnSiteRequest { PageToken = token }, reception.Headers));
        Assert.Equal(StatusCode.InvalidArgument, historyTokenOnSite.StatusCode);
        Assert.Contains("page_token", historyTokenOnSite.Violations.Keys);
    }

    /// <summary>Flips one bit in the middle of the token's bytes and spells it again in base64url.</summary>
    internal static string Tamper(string token)
    {
        var bytes = System.Buffers.Text.Base64Url.DecodeFromChars(token);
        bytes[bytes.Length / 2] ^= 0x01;
        return System.Buffers.Text.Base64Url.EncodeToString(bytes);
    }

    private static SearchVisitHistoryRequest Window(int pageSize) => new()
    {
        From = Timestamp.FromDateTimeOffset(Start.AddDays(-1)),
        To = Timestamp.FromDateTimeOffset(Start.AddDays(1)),
        PageSize = pageSize,
    };

    private static async Task<Visit> SignInAsync(StaffSession reception, string name, string badge) =>
        await reception.Visitors.SignInVisitorAsync(
            new SignInVisitorRequest { VisitorName = name, Purpose = "Meeting", HostUsername = "rita", BadgeNumber = badge }, reception.Headers);
}
