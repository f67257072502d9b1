using Groupus.Api.Grpc.Fax.V1;
using Groupus.Api.Grpc.Privacy.V1;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Edge.BadInput;

/// <summary>A filter list longer than the values it can name, or naming one twice, is refused before it reaches SQL.</summary>
public sealed class FilterListLimitTests(EdgeWorld world) : IClassFixture<EdgeWorld>
{
    [Fact]
    public async Task A_hundred_thousand_fax_job_states_are_refused()
    {
        var request = new ListFaxJobsRequest();
        request.States.AddRange(Enumerable.Repeat(FaxJobState.Ready, 100_000));

        AssertRefused(await RpcFailure.Of(() => world.Fax.ListFaxJobsAsync(request, world.Customer.Headers)), "states", "at most");
    }

    [Fact]
    public async Task A_state_named_twice_is_refused() =>
        AssertRefused(
            await RpcFailure.Of(() => world.Fax.ListFaxJobsAsync(new ListFaxJobsRequest { States = { FaxJobState.Ready, FaxJobState.Done, FaxJobState.Ready } }, world.Customer.Headers)),
            "states", "twice");

    [Fact]
    public async Task A_hundred_thousand_request_statuses_are_refused()
    {
        var request = new ListRequestsRequest();
        request.Statuses.AddRange(Enumerable.Repeat(RequestStatus.Received, 100_000));

        AssertRefused(await RpcFailure.Of(() => world.Privacy.ListRequestsAsync(request, world.Admin.Headers)), "statuses", "at most");
    }

    [Fact]
    public async Task Every_state_once_is_answered()
    {
        var request = new ListFaxJobsRequest();
        request.States.AddRange(Enum.GetValues<FaxJobState>().Where(s => s != FaxJobState.Unspecified));

        var jobs = await world.Fax.ListFaxJobsAsync(request, world.Customer.Headers);

        Assert.Empty(jobs.Jobs);
    }

    private static void AssertRefused(RpcFailure failure, string field, string descriptionPart)
    {
        Assert.Equal(StatusCode.InvalidArgument, failure.StatusCode);
        Assert.True(failure.Violations.ContainsKey(field), $"No violation for {field}: {string.Join(", ", failure.Violations.Keys)} ({failure.Message})");
        Assert.Contains(descriptionPart, failure.Violations[field], StringComparison.Ordinal);
    }
}
