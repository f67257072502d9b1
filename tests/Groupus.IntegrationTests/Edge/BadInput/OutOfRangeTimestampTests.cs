using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Groupus.Api.Grpc.Auth.V1;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.Api.Grpc.Privacy.V1;
using Groupus.Api.Grpc.Visitors.V1;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Edge.BadInput;

/// <summary>
/// Times outside what the server can represent (before year 1, after 9999, nanos out of range) and the last day it can
/// represent (where adding a day overflows) answer INVALID_ARGUMENT naming the field, never INTERNAL.
/// </summary>
public sealed class OutOfRangeTimestampTests(EdgeWorld world) : IClassFixture<EdgeWorld>
{
    public static readonly TheoryData<string> Unrepresentable = ["before-year-1", "after-9999", "negative-nanos", "a-second-of-nanos"];

    private static readonly DateTime LastDay = new(9999, 12, 31, 0, 0, 0, DateTimeKind.Utc);

    [Theory]
    [MemberData(nameof(Unrepresentable))]
    public async Task An_unrepresentable_expected_time_is_refused(string kind) =>
        AssertRefused(
            await RpcFailure.Of(() => world.Reception.Visitors.PreRegisterVisitorAsync(
                new PreRegisterVisitorRequest { VisitorName = "Expected Guest", HostUsername = "rita", ExpectedAt = Bad(kind) }, world.Reception.Headers)),
            "expected_at");

    [Theory]
    [MemberData(nameof(Unrepresentable))]
    public async Task An_unrepresentable_history_range_is_refused(string kind) =>
        AssertRefused(
            await RpcFailure.Of(() => world.Reception.Visitors.SearchVisitHistoryAsync(
                new SearchVisitHistoryRequest { From = Timestamp.FromDateTime(DateTime.UtcNow.AddDays(-1)), To = Bad(kind) }, world.Reception.Headers)),
            "to");

    [Theory]
    [MemberData(nameof(Unrepresentable))]
    public async Task An_unrepresentable_day_of_expected_visitors_is_refused(string kind) =>
        AssertRefused(
            await RpcFailure.Of(() => world.Reception.Visitors.ListExpectedVisitorsAsync(new ListExpectedVisitorsRequest { Day = Bad(kind) }, world.Reception.Headers)),
            "day");

    [Theory]
    [MemberData(nameof(Unrepresentable))]
    public async Task An_unrepresentable_sign_in_audit_range_is_refused(string kind) =>
        AssertRefused(
            await RpcFailure.Of(() => world.SignInAudit.ListSignInEventsAsync(
                new ListSignInEventsRequest { From = Bad(kind), To = Timestamp.FromDateTime(DateTime.UtcNow) }, world.Admin.Headers)),
            "from");

    [Theory]
    [MemberData(nameof(Unrepresentable))]
    public async Task An_unrepresentable_received_time_of_a_privacy_request_is_refused(string kind) =>
        AssertRefused(
            await RpcFailure.Of(() => world.Privacy.CreateRequestAsync(
                new CreateRequestRequest { SubjectId = Guid.NewGuid().ToString(), Type = RequestType.Access, Channel = "email", ReceivedAt = Bad(kind) }, world.Admin.Headers)),
            "received_at");

    [Theory]
    [MemberData(nameof(Unrepresentable))]
    public async Task An_unrepresentable_not_before_of_a_fax_is_refused(string kind) =>
        AssertRefused(
            await RpcFailure.Of(() => world.Fax.SubmitFaxAsync(
                new SubmitFaxRequest { To = "020 7946 0123", NotBefore = Bad(kind), Document = ByteString.CopyFromUtf8("Hello\n") }, world.Customer.Headers)),
            "not_before");

    [Fact]
    public async Task The_last_representable_day_of_expected_visitors_is_refused_rather_than_overflowing() =>
        AssertRefused(
            await RpcFailure.Of(() => world.Reception.Visitors.ListExpectedVisitorsAsync(
                new ListExpectedVisitorsRequest { Day = Timestamp.FromDateTime(LastDay.AddHours(12)) }, world.Reception.Headers)),
            "day");

    [Fact]
    public async Task A_history_range_ending_on_the_last_representable_day_is_answered()
    {
        var history = await world.Reception.Visitors.SearchVisitHistoryAsync(
            new SearchVisitHistoryRequest { From = Timestamp.FromDateTime(DateTime.UtcNow.AddDays(-1)), To = Timestamp.FromDateTime(DateTime.MaxValue.ToUniversalTime()) },
            world.Reception.Headers);

        Assert.Empty(history.Visits);
    }

    [Fact]
    public async Task A_fax_not_before_the_last_representable_day_is_refused_rather_than_queued_for_ever()
    {
        var failure = await RpcFailure.Of(() => world.Fax.SubmitFaxAsync(
            new SubmitFaxRequest { To = "020 7946 0123", NotBefore = Timestamp.FromDateTime(LastDay), Document = ByteString.CopyFromUtf8("Hello\n") },
            world.Customer.Headers));

        AssertRefused(failure, "not_before");
    }

    private static Timestamp Bad(string kind) => kind switch
    {
        "before-year-1" => new Timestamp { Seconds = -62_135_596_801 },
        "after-9999" => new Timestamp { Seconds = 253_402_300_800 },
        "negative-nanos" => new Timestamp { Seconds = 1_700_000_000, Nanos = -1 },
        "a-second-of-nanos" => new Timestamp { Seconds = 1_700_000_000, Nanos = 1_000_000_000 },
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static void AssertRefused(RpcFailure failure, string field)
    {
        Assert.Equal(StatusCode.InvalidArgument, failure.StatusCode);
        Assert.True(failure.Violations.ContainsKey(field), $"No violation for {field}: {string.Join(", ", failure.Violations.Keys)} ({failure.Message})");
    }
}
