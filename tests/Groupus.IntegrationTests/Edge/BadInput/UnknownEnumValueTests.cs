using Google.Protobuf;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.Api.Grpc.Privacy.V1;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Edge.BadInput;

/// <summary>An enum number the proto does not define is refused naming the field, never read as a default and stored.</summary>
public sealed class UnknownEnumValueTests(EdgeWorld world) : IClassFixture<EdgeWorld>
{
    [Fact]
    public async Task An_unknown_resolution_is_refused_and_no_fax_is_queued()
    {
        var failure = await RpcFailure.Of(() => world.Fax.SubmitFaxAsync(
            new SubmitFaxRequest { To = "020 7946 0123", Resolution = (FaxResolution)42, Document = ByteString.CopyFromUtf8("Hello\n") },
            world.Customer.Headers));
        var jobs = await world.Fax.ListFaxJobsAsync(new ListFaxJobsRequest(), world.Customer.Headers);

        AssertRefused(failure, "resolution", "42");
        Assert.Empty(jobs.Jobs);
    }

    [Fact]
    public async Task An_unknown_state_in_a_filter_list_is_refused_with_its_position() =>
        AssertRefused(
            await RpcFailure.Of(() => world.Fax.ListFaxJobsAsync(
                new ListFaxJobsRequest { States = { FaxJobState.Ready, (FaxJobState)77 } }, world.Customer.Headers)),
            "states[1]", "77");

    [Fact]
    public async Task An_unknown_download_format_is_refused() =>
        AssertRefused(
            await RpcFailure.OfStream(() => world.Fax.DownloadFaxJob(
                new DownloadFaxJobRequest { JobId = Guid.NewGuid().ToString(), Format = (DocumentFormat)3 }, world.Customer.Headers)),
            "format", "3");

    [Fact]
    public async Task An_unknown_number_purpose_is_refused() =>
        AssertRefused(
            await RpcFailure.Of(() => world.Numbers.AssignNumberAsync(
                new AssignNumberRequest { OrganisationId = world.Customer.OrganisationId, Number = "020 7946 0999", Purpose = (NumberPurpose)5 }, world.Admin.Headers)),
            "purpose", "5");

    [Fact]
    public async Task An_unknown_organisation_status_filter_is_refused_rather_than_ignored() =>
        AssertRefused(
            await RpcFailure.Of(() => world.Organisations.ListOrganisationsAsync(new ListOrganisationsRequest { Status = (OrganisationStatus)9 }, world.Admin.Headers)),
            "status", "9");

    [Fact]
    public async Task An_unknown_request_type_is_refused() =>
        AssertRefused(
            await RpcFailure.Of(() => world.Privacy.CreateRequestAsync(
                new CreateRequestRequest { SubjectId = Guid.NewGuid().ToString(), Type = (RequestType)12, Channel = "email" }, world.Admin.Headers)),
            "type", "12");

    [Fact]
    public async Task An_unknown_value_inside_a_nested_message_is_named_by_its_path() =>
        AssertRefused(
            await RpcFailure.Of(() => world.Privacy.ListRequestsAsync(
                new ListRequestsRequest { Statuses = { (RequestStatus)40 }, Standing = (DeadlineStanding)41 }, world.Admin.Headers)),
            "standing", "41");

    private static void AssertRefused(RpcFailure failure, string field, string value)
    {
        Assert.Equal(StatusCode.InvalidArgument, failure.StatusCode);
        Assert.True(failure.Violations.ContainsKey(field), $"No violation for {field}: {string.Join(", ", failure.Violations.Keys)} ({failure.Message})");
        Assert.Contains(value, failure.Violations[field], StringComparison.Ordinal);
    }
}
