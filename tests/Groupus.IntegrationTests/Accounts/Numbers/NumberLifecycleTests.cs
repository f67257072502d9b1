using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Contracts.Numbering;
using Groupus.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.IntegrationTests.Accounts.Numbers;

public sealed class NumberLifecycleTests(NumbersWorld world) : IClassFixture<NumbersWorld>
{
    private AccountsSession Support => world.Support;

    [Fact]
    public async Task A_number_typed_in_national_form_is_assigned_in_e164_and_unregistered()
    {
        var national = world.FreshNationalNumber();

        var number = await Support.Numbers.AssignNumberAsync(
            new AssignNumberRequest { OrganisationId = world.Acme.OrganisationId, Number = national, Purpose = NumberPurpose.Voice, Label = "Sales" },
            Support.Headers);

        Assert.Equal(NumbersWorld.ToE164(national), number.Number);
        Assert.Equal(world.Acme.OrganisationId, number.OrganisationId);
        Assert.Equal(NumberStatus.Assigned, number.Status);
        Assert.Equal("Sales", number.Label);
        Assert.Equal(EmergencyRegistrationState.Unregistered, number.EmergencyRegistration);
    }

    [Fact]
    public async Task A_voice_number_becomes_active_once_its_emergency_address_is_registered()
    {
        var number = await world.AssignAsync(world.Acme);

        var withAddress = await world.Acme.Owner.Numbers.SetEmergencyAddressAsync(
            new SetEmergencyAddressRequest { NumberId = number.Id, Address = NumbersWorld.Address("sw1a1aa") }, world.Acme.Owner.Headers);
        var pending = await Support.Numbers.SubmitEmergencyAddressAsync(new SubmitEmergencyAddressRequest { NumberId = number.Id }, Support.Headers);
        var registered = await Support.Numbers.RecordEmergencyAddressOutcomeAsync(
            new RecordEmergencyAddressOutcomeRequest { NumberId = number.Id, Outcome = EmergencyRegistrationOutcome.Registered }, Support.Headers);
        var active = await Support.Numbers.ActivateNumberAsync(new ActivateNumberRequest { NumberId = number.Id }, Support.Headers);

        Assert.Equal("SW1A 1AA", withAddress.EmergencyAddress.Postcode);
        Assert.Equal(EmergencyRegistrationState.Unregistered, withAddress.EmergencyRegistration);
        Assert.Equal(EmergencyRegistrationState.Pending, pending.EmergencyRegistration);
        Assert.Equal(EmergencyRegistrationState.Registered, registered.EmergencyRegistration);
        Assert.Equal(NumberStatus.Active, active.Status);
        var seenByCustomer = await world.Acme.Member.Numbers.GetNumberAsync(new GetNumberRequest { Number = number.Number }, world.Acme.Member.Headers);
        Assert.Equal(NumberStatus.Active, seenByCustomer.Status);
    }

    [Fact]
    public async Task A_refused_registration_keeps_the_providers_reason_and_can_be_submitted_again()
    {
        var number = await world.AssignAsync(world.Acme);
        await Support.Numbers.SetEmergencyAddressAsync(new SetEmergencyAddressRequest { NumberId = number.Id, Address = NumbersWorld.Address() }, Support.Headers);
        await Support.Numbers.SubmitEmergencyAddressAsync(new SubmitEmergencyAddressRequest { NumberId = number.Id }, Support.Headers);

        var failed = await Support.Numbers.RecordEmergencyAddressOutcomeAsync(
            new RecordEmergencyAddressOutcomeRequest { NumberId = number.Id, Outcome = EmergencyRegistrationOutcome.Failed, FailureReason = "Premises not found" },
            Support.Headers);
        var resubmitted = await Support.Numbers.SubmitEmergencyAddressAsync(new SubmitEmergencyAddressRequest { NumberId = number.Id }, Support.Headers);

        Assert.Equal(EmergencyRegistrationState.Failed, failed.EmergencyRegistration);
        Assert.Equal("Premises not found", failed.EmergencyRegistrationFailureReason);
        Assert.Equal(EmergencyRegistrationState.Pending, resubmitted.EmergencyRegistration);
        Assert.Equal("", resubmitted.EmergencyRegistrationFailureReason);
    }

    [Fact]
    public async Task Moving_an_active_number_to_a_new_address_resets_its_registration_and_stops_voice_until_registered()
    {
        var number = await ActiveNumberAsync(world.Acme);

        var moved = await world.Acme.Owner.Numbers.SetEmergencyAddressAsync(
            new SetEmergencyAddressRequest { NumberId = number.Id, Address = NumbersWorld.Address("EC1A 1BB"), ExpectedVersion = number.Version },
            world.Acme.Owner.Headers);

        Assert.Equal(EmergencyRegistrationState.Unregistered, moved.EmergencyRegistration);
        Assert.Equal(NumberStatus.Assigned, moved.Status);
        Assert.Equal("EC1A 1BB", moved.EmergencyAddress.Postcode);
    }

    [Fact]
    public async Task A_released_number_publishes_its_release_and_can_be_assigned_to_another_organisation()
    {
        var number = await ActiveNumberAsync(world.Acme);

        var released = await Support.Numbers.ReleaseNumberAsync(new ReleaseNumberRequest { NumberId = number.Id, ExpectedVersion = number.Version }, Support.Headers);
        var reassigned = await Support.Numbers.AssignNumberAsync(
            new AssignNumberRequest { OrganisationId = world.Globex.OrganisationId, Number = number.Number, Purpose = NumberPurpose.Fax }, Support.Headers);

        Assert.Equal(NumberStatus.Released, released.Status);
        Assert.Equal("", released.OrganisationId);
        Assert.Equal(number.Id, reassigned.Id);
        Assert.Equal(world.Globex.OrganisationId, reassigned.OrganisationId);
        Assert.Equal(EmergencyRegistrationState.Unregistered, reassigned.EmergencyRegistration);
        Assert.Null(reassigned.EmergencyAddress);
        var events = await DatabaseSnapshot.CountAsync(
            world.Server.DatabaseFile,
            $"SELECT COUNT(*) FROM numbering_outbox WHERE Payload LIKE '%{number.Id}%' AND Type IN "
            + $"('{typeof(NumberAssigned).FullName}', '{typeof(NumberReleased).FullName}')");
        Assert.Equal(3, events);
    }

    [Fact]
    public async Task The_number_directory_tells_fax_routing_who_holds_a_number_and_what_for()
    {
        var fax = await world.AssignAsync(world.Globex, NumberPurpose.Fax, "Fax room");
        using var scope = world.Server.App.Services.CreateScope();
        var directory = scope.ServiceProvider.GetRequiredService<INumberDirectory>();

        var owner = await directory.FindOwnerAsync(fax.Number, CancellationToken.None);
        var nobody = await directory.FindOwnerAsync("+442079469999", CancellationToken.None);

        Assert.NotNull(owner);
        Assert.Equal(Guid.Parse(world.Globex.OrganisationId), owner.OrganisationId);
        Assert.Equal(NumberUse.Fax, owner.Use);
        Assert.Null(nobody);
    }

    [Fact]
    public async Task Turning_an_active_voice_number_to_fax_takes_it_out_of_voice_service()
    {
        var number = await ActiveNumberAsync(world.Acme);

        var fax = await Support.Numbers.ChangeNumberPurposeAsync(
            new ChangeNumberPurposeRequest { NumberId = number.Id, Purpose = NumberPurpose.Fax }, Support.Headers);

        Assert.Equal(NumberPurpose.Fax, fax.Purpose);
        Assert.Equal(NumberStatus.Assigned, fax.Status);
    }

    [Fact]
    public async Task A_range_is_assigned_in_one_call_and_listed_page_by_page_in_e164_order()
    {
        var organisation = await Support.Organisations.RegisterOrganisationAsync(new RegisterOrganisationRequest { LegalName = "Range Holdings Ltd" }, Support.Headers);

        var range = await Support.Numbers.AssignNumberRangeAsync(
            new AssignNumberRangeRequest { OrganisationId = organisation.Id, FirstNumber = "+44 161 496 0990", Count = 25, Purpose = NumberPurpose.Voice },
            Support.Headers);
        var seen = new List<string>();
        var request = new ListNumbersRequest { OrganisationId = organisation.Id, PageSize = 10 };
        var pages = 0;
        do
        {
            var page = await Support.Numbers.ListNumbersAsync(request, Support.Headers);
            seen.AddRange(page.Numbers.Select(n => n.Number));
            request.PageToken = page.NextPageToken;
            pages++;
        }
        while (request.PageToken.Length > 0);

        Assert.Equal(("+441614960990", "+441614961014", 25), (range.FirstNumber, range.LastNumber, range.Count));
        Assert.Equal(3, pages);
        Assert.Equal(25, seen.Count);
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);
        Assert.Equal(range.FirstNumber, seen[0]);
    }

    private async Task<PhoneNumber> ActiveNumberAsync(NumbersWorld.Customer customer)
    {
        var number = await world.AssignAsync(customer);
        await Support.Numbers.SetEmergencyAddressAsync(new SetEmergencyAddressRequest { NumberId = number.Id, Address = NumbersWorld.Address() }, Support.Headers);
        await Support.Numbers.SubmitEmergencyAddressAsync(new SubmitEmergencyAddressRequest { NumberId = number.Id }, Support.Headers);
        await Support.Numbers.RecordEmergencyAddressOutcomeAsync(
            new RecordEmergencyAddressOutcomeRequest { NumberId = number.Id, Outcome = EmergencyRegistrationOutcome.Registered }, Support.Headers);
        return await Support.Numbers.ActivateNumberAsync(new ActivateNumberRequest { NumberId = number.Id }, Support.Headers);
    }
}
