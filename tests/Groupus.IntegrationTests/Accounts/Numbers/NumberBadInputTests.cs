using Groupus.Api.Grpc.Accounts.V1;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Accounts.Numbers;

/// <summary>Every rejected request gets a precise status and leaves every stored row exactly as it was.</summary>
public sealed class NumberBadInputTests(NumbersWorld world) : IClassFixture<NumbersWorld>
{
    private AccountsSession Support => world.Support;

    [Fact]
    public async Task A_malformed_number_is_rejected_with_libphonenumbers_reason() =>
        await AssertRejectedAsync(
            () => Support.Numbers.AssignNumberAsync(
                new AssignNumberRequest { OrganisationId = world.Acme.OrganisationId, Number = "020 7946", Purpose = NumberPurpose.Voice }, Support.Headers),
            StatusCode.InvalidArgument, "number", "not a valid telephone number");

    [Fact]
    public async Task Letters_are_not_a_number() =>
        await AssertRejectedAsync(
            () => Support.Numbers.AssignNumberAsync(
                new AssignNumberRequest { OrganisationId = world.Acme.OrganisationId, Number = "call me", Purpose = NumberPurpose.Voice }, Support.Headers),
            StatusCode.InvalidArgument, "number", "not a telephone number");

    [Fact]
    public async Task A_number_already_assigned_is_already_exists_whoever_holds_it()
    {
        var taken = await world.AssignAsync(world.Globex);

        var failure = await AssertRejectedAsync(
            () => Support.Numbers.AssignNumberAsync(
                new AssignNumberRequest { OrganisationId = world.Acme.OrganisationId, Number = taken.Number, Purpose = NumberPurpose.Fax }, Support.Headers),
            StatusCode.AlreadyExists, "number", "already assigned");

        Assert.Equal("NUMBER_ALREADY_ASSIGNED", failure.Reason);
    }

    [Fact]
    public async Task A_range_overlapping_an_assigned_number_assigns_none_of_it()
    {
        var taken = await world.AssignAsync(world.Globex);
        var first = "+" + (long.Parse(taken.Number[1..], System.Globalization.CultureInfo.InvariantCulture) - 2);

        await AssertRejectedAsync(
            () => Support.Numbers.AssignNumberRangeAsync(
                new AssignNumberRangeRequest { OrganisationId = world.Acme.OrganisationId, FirstNumber = first, Count = 5, Purpose = NumberPurpose.Voice },
                Support.Headers),
            StatusCode.AlreadyExists, "first_number", "already assigned");
    }

    [Fact]
    public async Task A_purpose_is_required() =>
        await AssertRejectedAsync(
            () => Support.Numbers.AssignNumberAsync(
                new AssignNumberRequest { OrganisationId = world.Acme.OrganisationId, Number = world.FreshNationalNumber() }, Support.Headers),
            StatusCode.InvalidArgument, "purpose", "voice or fax");

    [Fact]
    public async Task An_emergency_address_missing_a_postcode_is_rejected()
    {
        var number = await world.AssignAsync(world.Acme);
        var address = NumbersWorld.Address();
        address.Postcode = "";

        await AssertRejectedAsync(
            () => world.Acme.Owner.Numbers.SetEmergencyAddressAsync(new SetEmergencyAddressRequest { NumberId = number.Id, Address = address }, world.Acme.Owner.Headers),
            StatusCode.InvalidArgument, "address.postcode", "is required");
    }

    [Fact]
    public async Task An_emergency_address_is_required()
    {
        var number = await world.AssignAsync(world.Acme);

        await AssertRejectedAsync(
            () => Support.Numbers.SetEmergencyAddressAsync(new SetEmergencyAddressRequest { NumberId = number.Id }, Support.Headers),
            StatusCode.InvalidArgument, "address", "is required");
    }

    [Fact]
    public async Task Activating_a_voice_number_before_its_emergency_address_is_registered_is_refused()
    {
        var number = await world.AssignAsync(world.Acme);
        await Support.Numbers.SetEmergencyAddressAsync(new SetEmergencyAddressRequest { NumberId = number.Id, Address = NumbersWorld.Address() }, Support.Headers);
        await Support.Numbers.SubmitEmergencyAddressAsync(new SubmitEmergencyAddressRequest { NumberId = number.Id }, Support.Headers);

        var failure = await AssertRejectedAsync(
            () => Support.Numbers.ActivateNumberAsync(new ActivateNumberRequest { NumberId = number.Id }, Support.Headers),
            StatusCode.FailedPrecondition);

        Assert.Equal("EMERGENCY_ADDRESS_NOT_REGISTERED", failure.Reason);
        Assert.Contains("pending", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submitting_a_number_without_an_address_is_refused()
    {
        var number = await world.AssignAsync(world.Acme);

        var failure = await AssertRejectedAsync(
            () => Support.Numbers.SubmitEmergencyAddressAsync(new SubmitEmergencyAddressRequest { NumberId = number.Id }, Support.Headers),
            StatusCode.FailedPrecondition);

        Assert.Equal("EMERGENCY_ADDRESS_MISSING", failure.Reason);
    }

    [Fact]
    public async Task Recording_an_outcome_with_no_submission_pending_is_refused()
    {
        var number = await world.AssignAsync(world.Acme);

        var failure = await AssertRejectedAsync(
            () => Support.Numbers.RecordEmergencyAddressOutcomeAsync(
                new RecordEmergencyAddressOutcomeRequest { NumberId = number.Id, Outcome = EmergencyRegistrationOutcome.Registered }, Support.Headers),
            StatusCode.FailedPrecondition);

        Assert.Equal("EMERGENCY_ADDRESS_NOT_PENDING", failure.Reason);
    }

    [Fact]
    public async Task A_failed_outcome_needs_the_providers_reason()
    {
        var number = await world.AssignAsync(world.Acme);

        await AssertRejectedAsync(
            () => Support.Numbers.RecordEmergencyAddressOutcomeAsync(
                new RecordEmergencyAddressOutcomeRequest { NumberId = number.Id, Outcome = EmergencyRegistrationOutcome.Failed }, Support.Headers),
            StatusCode.InvalidArgument, "failure_reason", "is required");
    }

    [Fact]
    public async Task A_release_from_a_stale_version_is_aborted()
    {
        var number = await world.AssignAsync(world.Acme);
        await Support.Numbers.SetEmergencyAddressAsync(new SetEmergencyAddressRequest { NumberId = number.Id, Address = NumbersWorld.Address() }, Support.Headers);

        await AssertRejectedAsync(
            () => Support.Numbers.ReleaseNumberAsync(new ReleaseNumberRequest { NumberId = number.Id, ExpectedVersion = number.Version }, Support.Headers),
            StatusCode.Aborted);
    }

    [Fact]
    public async Task A_malformed_number_id_is_rejected() =>
        await AssertRejectedAsync(
            () => Support.Numbers.ActivateNumberAsync(new ActivateNumberRequest { NumberId = "42; DROP TABLE" }, Support.Headers),
            StatusCode.InvalidArgument, "number_id", "id");

    [Fact]
    public async Task A_forged_page_token_is_rejected() =>
        await AssertRejectedAsync(
            () => Support.Numbers.ListNumbersAsync(new ListNumbersRequest { OrganisationId = world.Acme.OrganisationId, PageToken = "not-a-token" }, Support.Headers),
            StatusCode.InvalidArgument, "page_token", "page token");

    [Fact]
    public async Task A_page_token_from_another_organisations_list_is_rejected()
    {
        await world.AssignAsync(world.Acme);
        await world.AssignAsync(world.Acme);
        var page = await Support.Numbers.ListNumbersAsync(new ListNumbersRequest { OrganisationId = world.Acme.OrganisationId, PageSize = 1 }, Support.Headers);

        await AssertRejectedAsync(
            () => Support.Numbers.ListNumbersAsync(
                new ListNumbersRequest { OrganisationId = world.Globex.OrganisationId, PageToken = page.NextPageToken }, Support.Headers),
            StatusCode.InvalidArgument, "page_token", "page token");
    }

    [Fact]
    public async Task A_closed_organisation_takes_no_numbers()
    {
        var closed = await Support.Organisations.RegisterOrganisationAsync(new RegisterOrganisationRequest { LegalName = "Gone Ltd" }, Support.Headers);
        var admin = await world.Server.AdminAsync();
        await new OrganisationService.OrganisationServiceClient(world.Server.Channel).ChangeOrganisationStatusAsync(
            new ChangeOrganisationStatusRequest { OrganisationId = closed.Id, Status = OrganisationStatus.Closed, Reason = "Ceased trading" }, admin.Headers);

        var failure = await AssertRejectedAsync(
            () => Support.Numbers.AssignNumberRangeAsync(
                new AssignNumberRangeRequest { OrganisationId = closed.Id, FirstNumber = "+44 113 496 0000", Count = 3, Purpose = NumberPurpose.Voice }, Support.Headers),
            StatusCode.FailedPrecondition);

        Assert.Equal("ORGANISATION_CLOSED", failure.Reason);
    }

    [Fact]
    public async Task Assigning_to_an_organisation_that_does_not_exist_is_not_found() =>
        await AssertRejectedAsync(
            () => Support.Numbers.AssignNumberAsync(
                new AssignNumberRequest { OrganisationId = Guid.NewGuid().ToString(), Number = world.FreshNationalNumber(), Purpose = NumberPurpose.Voice },
                Support.Headers),
            StatusCode.NotFound);

    private async Task<RpcFailure> AssertRejectedAsync<T>(Func<AsyncUnaryCall<T>> call, StatusCode status, string? field = null, string? descriptionPart = null)
    {
        var before = await world.SettledSnapshotAsync();

        var failure = await RpcFailure.Of(call);

        Assert.Equal(status, failure.StatusCode);
        if (field is not null)
        {
            Assert.True(failure.Violations.ContainsKey(field), $"No violation for {field}: {string.Join(", ", failure.Violations.Keys)}");
            Assert.Contains(descriptionPart!, failure.Violations[field], StringComparison.Ordinal);
        }

        Assert.Equal(before, await world.SettledSnapshotAsync());
        return failure;
    }
}
