using Google.Protobuf.WellKnownTypes;
using Groupus.Api.Grpc.Visitors.V1;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Visitors;

/// <summary>Every rejected request gets a precise status and leaves every stored row exactly as it was.</summary>
public sealed class VisitorBadInputTests(VisitorBadInputTests.ReceptionFixture fixture) : IClassFixture<VisitorBadInputTests.ReceptionFixture>
{
    private static readonly string[] Tables = ["visitors_visits", "visitors_outbox", "communications_notifications", "accounts_staff"];

    private StaffSession Reception => fixture.Reception;

    [Fact]
    public async Task An_empty_visitor_name_is_rejected() =>
        await AssertRejectedAsync(
            () => Reception.Visitors.SignInVisitorAsync(WalkIn(name: ""), Reception.Headers),
            StatusCode.InvalidArgument, "visitor_name", "is required");

    [Fact]
    public async Task A_ten_kilobyte_name_is_rejected() =>
        await AssertRejectedAsync(
            () => Reception.Visitors.PreRegisterVisitorAsync(PreRegistration(name: new string('x', 10_240)), Reception.Headers),
            StatusCode.InvalidArgument, "visitor_name", "at most 200 characters");

    [Fact]
    public async Task Control_characters_are_rejected() =>
        await AssertRejectedAsync(
            () => Reception.Visitors.SignInVisitorAsync(WalkIn(company: "Acme\u0007\u001b[31m"), Reception.Headers),
            StatusCode.InvalidArgument, "company", "control characters");

    [Fact]
    public async Task An_unknown_host_is_rejected() =>
        await AssertRejectedAsync(
            () => Reception.Visitors.SignInVisitorAsync(WalkIn(host: "nobody"), Reception.Headers),
            StatusCode.InvalidArgument, "host_username", "no member of staff");

    [Fact]
    public async Task A_pre_registration_in_the_past_is_rejected() =>
        await AssertRejectedAsync(
            () => Reception.Visitors.PreRegisterVisitorAsync(PreRegistration(expected: DateTime.UtcNow.AddDays(-2)), Reception.Headers),
            StatusCode.InvalidArgument, "expected_at", "past");

    [Fact]
    public async Task Signing_out_a_visitor_who_never_signed_in_is_rejected()
    {
        var expected = await Reception.Visitors.PreRegisterVisitorAsync(PreRegistration(), Reception.Headers);

        var failure = await AssertRejectedAsync(
            () => Reception.Visitors.SignOutVisitorAsync(new SignOutVisitorRequest { VisitId = expected.Id }, Reception.Headers),
            StatusCode.FailedPrecondition);

        Assert.Equal("VISITOR_NOT_ON_SITE", failure.Reason);
        Assert.Contains("never signed in", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_by_a_badge_nobody_wears_is_not_found() =>
        await AssertRejectedAsync(
            () => Reception.Visitors.SignOutVisitorAsync(new SignOutVisitorRequest { BadgeNumber = "NOBODY-1" }, Reception.Headers),
            StatusCode.NotFound);

    [Fact]
    public async Task A_malformed_visit_id_is_rejected() =>
        await AssertRejectedAsync(
            () => Reception.Visitors.SignOutVisitorAsync(new SignOutVisitorRequest { VisitId = "42; DROP TABLE" }, Reception.Headers),
            StatusCode.InvalidArgument, "visit_id", "id");

    [Fact]
    public async Task A_badge_already_worn_by_a_visitor_on_site_is_rejected()
    {
        await Reception.Visitors.SignInVisitorAsync(WalkIn(badge: "DUP-1"), Reception.Headers);

        var failure = await AssertRejectedAsync(
            () => Reception.Visitors.SignInVisitorAsync(WalkIn(name: "Second Person", badge: "dup-1"), Reception.Headers),
            StatusCode.AlreadyExists, "badge_number", "already worn");

        Assert.Equal("BADGE_IN_USE", failure.Reason);
    }

    [Fact]
    public async Task A_history_search_with_dates_in_the_wrong_order_is_rejected()
    {
        var failure = await AssertRejectedAsync(
            () => Reception.Visitors.SearchVisitHistoryAsync(new SearchVisitHistoryRequest
            {
                From = Timestamp.FromDateTime(DateTime.UtcNow),
                To = Timestamp.FromDateTime(DateTime.UtcNow.AddDays(-1)),
            }, Reception.Headers),
            StatusCode.InvalidArgument, "to", "after from");

        Assert.Contains("from", failure.Violations.Keys);
    }

    [Fact]
    public async Task A_forged_page_token_is_rejected() =>
        await AssertRejectedAsync(
            () => Reception.Visitors.SearchVisitHistoryAsync(new SearchVisitHistoryRequest
            {
                From = Timestamp.FromDateTime(DateTime.UtcNow.AddDays(-1)),
                To = Timestamp.FromDateTime(DateTime.UtcNow),
                PageToken = "not-a-token",
            }, Reception.Headers),
            StatusCode.InvalidArgument, "page_token", "page token");

    [Fact]
    public async Task A_malformed_token_is_unauthenticated_with_the_reason()
    {
        var headers = new Metadata { { "authorization", "Bearer not.a.jwt" } };

        var failure = await AssertRejectedAsync(() => Reception.Visitors.SignInVisitorAsync(WalkIn(), headers), StatusCode.Unauthenticated);

        Assert.Contains("malformed", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_signed_by_someone_else_is_unauthenticated()
    {
        var parts = Reception.AccessToken.Split('.');
        var tampered = $"{parts[0]}.{parts[1]}.{new string('A', parts[2].Length)}";

        var failure = await AssertRejectedAsync(
            () => Reception.Visitors.ListOnSiteAsync(new ListOnSiteRequest(), new Metadata { { "authorization", $"Bearer {tampered}" } }),
            StatusCode.Unauthenticated);

        Assert.Contains("log in again", failure.Message, StringComparison.Ordinal);
    }

    private static SignInVisitorRequest WalkIn(string name = "Walk In", string company = "Acme", string host = "rita", string badge = "W-1") =>
        new() { VisitorName = name, Company = company, Purpose = "Meeting", HostUsername = host, BadgeNumber = badge };

    private static PreRegisterVisitorRequest PreRegistration(string name = "Expected Guest", DateTime? expected = null) =>
        new() { VisitorName = name, HostUsername = "rita", ExpectedAt = Timestamp.FromDateTime(expected ?? DateTime.UtcNow.AddHours(2)) };

    private async Task<RpcFailure> AssertRejectedAsync<T>(Func<AsyncUnaryCall<T>> call, StatusCode status, string? field = null, string? descriptionPart = null)
    {
        // Let the outbox settle first, so only the rejected call could change anything.
        await Eventually.ValueAsync(
            () => DatabaseSnapshot.CountAsync(fixture.Server.DatabaseFile, "SELECT COUNT(*) FROM visitors_outbox WHERE ProcessedAtUtc IS NULL"),
            pending => pending == 0);
        var before = await DatabaseSnapshot.TakeAsync(fixture.Server.DatabaseFile, Tables);

        var failure = await RpcFailure.Of(call);

        Assert.Equal(status, failure.StatusCode);
        if (field is not null)
        {
            Assert.True(failure.Violations.ContainsKey(field), $"No violation for {field}: {string.Join(", ", failure.Violations.Keys)}");
            Assert.Contains(descriptionPart!, failure.Violations[field], StringComparison.Ordinal);
        }

        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(fixture.Server.DatabaseFile, Tables));
        return failure;
    }

    public sealed class ReceptionFixture : IAsyncLifetime
    {
        public TestServer Server { get; private set; } = null!;

        public StaffSession Reception { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Server = await TestServer.StartAsync();
            Reception = await Server.StaffAsync("rita", "reception");
        }

        public async Task DisposeAsync() => await Server.DisposeAsync();
    }
}
