using Groupus.Domain.Numbering;
using Groupus.Domain.Common;

namespace Groupus.UnitTests.Numbering;

public sealed class PhoneNumberTests
{
    private static readonly DateTime Now = new(2026, 11, 28, 9, 0, 0, DateTimeKind.Utc);
    private static readonly NumberHolder Acme = new(Guid.CreateVersion7(), IsClosed: false);
    private static readonly PostalAddress Office = new("1 Telephone House", null, null, "London", null, "SW1A 1AA", "GB");

    [Fact]
    public void An_assigned_number_is_unregistered_and_announces_its_owner_and_purpose()
    {
        var number = PhoneNumber.Assign("+442079460001", Acme, NumberPurpose.Fax, "Fax room", Now);

        Assert.Equal(NumberStatus.Assigned, number.Status);
        Assert.Equal(EmergencyRegistrationState.Unregistered, number.EmergencyRegistration);
        var assigned = Assert.IsType<PhoneNumberAssigned>(Assert.Single(number.DomainEvents));
        Assert.Equal((Acme.OrganisationId, NumberPurpose.Fax, "+442079460001"), (assigned.OrganisationId, assigned.Purpose, assigned.E164));
    }

    [Fact]
    public void Registration_goes_unregistered_then_pending_then_registered_and_the_number_can_then_be_activated()
    {
        var number = VoiceNumberWithAddress();

        number.SubmitEmergencyAddress(Now);
        Assert.Equal(EmergencyRegistrationState.Pending, number.EmergencyRegistration);
        number.RecordEmergencyAddressRegistered(Now);
        Assert.Equal(EmergencyRegistrationState.Registered, number.EmergencyRegistration);
        number.ActivateForVoice();

        Assert.Equal(NumberStatus.Active, number.Status);
    }

    [Fact]
    public void A_refused_registration_records_the_reason_and_may_be_submitted_again()
    {
        var number = VoiceNumberWithAddress();
        number.SubmitEmergencyAddress(Now);

        number.RecordEmergencyAddressRefused("Premises not found", Now);
        Assert.Equal((EmergencyRegistrationState.Failed, "Premises not found"), (number.EmergencyRegistration, number.EmergencyRegistrationFailureReason));
        number.SubmitEmergencyAddress(Now);

        Assert.Equal(EmergencyRegistrationState.Pending, number.EmergencyRegistration);
        Assert.Null(number.EmergencyRegistrationFailureReason);
    }

    [Theory]
    [InlineData(false, false, "EMERGENCY_ADDRESS_NOT_REGISTERED")]
    [InlineData(true, false, "EMERGENCY_ADDRESS_NOT_REGISTERED")]
    [InlineData(true, true, "EMERGENCY_ADDRESS_NOT_REGISTERED")]
    public void A_voice_number_is_not_activated_until_its_address_is_registered(bool submitted, bool refused, string code)
    {
        var number = VoiceNumberWithAddress();
        if (submitted)
        {
            number.SubmitEmergencyAddress(Now);
        }

        if (refused)
        {
            number.RecordEmergencyAddressRefused("Unknown street", Now);
        }

        var broken = Assert.Throws<BusinessRuleBrokenException>(number.ActivateForVoice);

        Assert.Equal(code, broken.Rule.Code);
        Assert.Equal(NumberStatus.Assigned, number.Status);
    }

    [Fact]
    public void A_fax_number_is_not_activated_for_voice()
    {
        var number = PhoneNumber.Assign("+442079460001", Acme, NumberPurpose.Fax, null, Now);

        Assert.Equal("NUMBER_NOT_FOR_VOICE", Assert.Throws<BusinessRuleBrokenException>(number.ActivateForVoice).Rule.Code);
    }

    [Fact]
    public void Changing_the_address_resets_registration_and_takes_an_active_number_out_of_voice_service()
    {
        var number = ActiveVoiceNumber();
        var versionBefore = number.Version;

        number.ChangeEmergencyAddress(Office with { Postcode = "EC1A 1BB" }, Now.AddDays(1));

        Assert.Equal(EmergencyRegistrationState.Unregistered, number.EmergencyRegistration);
        Assert.Equal(NumberStatus.Assigned, number.Status);
        Assert.Equal(Now.AddDays(1), number.EmergencyRegistrationChangedAtUtc);
        Assert.True(number.Version > versionBefore);
    }

    [Fact]
    public void Submitting_without_an_address_or_twice_breaks_a_rule()
    {
        var bare = PhoneNumber.Assign("+442079460001", Acme, NumberPurpose.Voice, null, Now);
        var submitted = VoiceNumberWithAddress();
        submitted.SubmitEmergencyAddress(Now);

        Assert.Equal("EMERGENCY_ADDRESS_MISSING", Assert.Throws<BusinessRuleBrokenException>(() => bare.SubmitEmergencyAddress(Now)).Rule.Code);
        Assert.Equal("EMERGENCY_ADDRESS_ALREADY_SUBMITTED", Assert.Throws<BusinessRuleBrokenException>(() => submitted.SubmitEmergencyAddress(Now)).Rule.Code);
    }

    [Fact]
    public void An_outcome_without_a_pending_submission_breaks_a_rule()
    {
        var number = VoiceNumberWithAddress();

        var broken = Assert.Throws<BusinessRuleBrokenException>(() => number.RecordEmergencyAddressRegistered(Now));

        Assert.Equal("EMERGENCY_ADDRESS_NOT_PENDING", broken.Rule.Code);
        Assert.Equal(EmergencyRegistrationState.Unregistered, number.EmergencyRegistration);
    }

    [Fact]
    public void Releasing_returns_the_number_to_the_pool_clean_and_it_can_go_to_another_organisation()
    {
        var number = ActiveVoiceNumber();
        var globex = new NumberHolder(Guid.CreateVersion7(), IsClosed: false);
        number.ClearDomainEvents();

        number.Release(Now);
        var released = Assert.IsType<PhoneNumberReleased>(Assert.Single(number.DomainEvents));
        number.AssignTo(globex, NumberPurpose.Fax, null, Now);

        Assert.Equal(Acme.OrganisationId, released.OrganisationId);
        Assert.Equal((globex.OrganisationId, NumberStatus.Assigned), (number.OrganisationId, number.Status));
        Assert.Null(number.EmergencyAddress);
        Assert.Equal(EmergencyRegistrationState.Unregistered, number.EmergencyRegistration);
    }

    [Fact]
    public void An_assigned_number_cannot_be_assigned_again_and_a_released_one_cannot_be_changed()
    {
        var number = PhoneNumber.Assign("+442079460001", Acme, NumberPurpose.Voice, null, Now);

        Assert.Equal("NUMBER_ALREADY_ASSIGNED", Assert.Throws<BusinessRuleBrokenException>(() => number.AssignTo(new NumberHolder(Guid.CreateVersion7(), IsClosed: false), NumberPurpose.Voice, null, Now)).Rule.Code);
        number.Release(Now);
        Assert.Equal("NUMBER_NOT_ASSIGNED", Assert.Throws<BusinessRuleBrokenException>(() => number.ChangeEmergencyAddress(Office, Now)).Rule.Code);
        Assert.Equal("NUMBER_NOT_ASSIGNED", Assert.Throws<BusinessRuleBrokenException>(() => number.Release(Now)).Rule.Code);
    }

    [Fact]
    public void Turning_an_active_voice_number_to_fax_takes_it_out_of_voice_service_and_says_so()
    {
        var number = ActiveVoiceNumber();
        number.ClearDomainEvents();

        number.ChangePurpose(NumberPurpose.Fax, Now);

        Assert.Equal((NumberPurpose.Fax, NumberStatus.Assigned), (number.Purpose, number.Status));
        Assert.IsType<PhoneNumberPurposeChanged>(Assert.Single(number.DomainEvents));
    }

    [Fact]
    public void A_closed_organisation_takes_no_numbers()
    {
        var closed = new NumberHolder(Guid.CreateVersion7(), IsClosed: true);

        var broken = Assert.Throws<BusinessRuleBrokenException>(() => PhoneNumber.Assign("+442079460001", closed, NumberPurpose.Voice, null, Now));

        Assert.Equal("ORGANISATION_CLOSED", broken.Rule.Code);
    }

    [Fact]
    public void A_released_number_goes_to_no_closed_organisation_and_stays_in_the_pool()
    {
        var number = PhoneNumber.Assign("+442079460001", Acme, NumberPurpose.Voice, null, Now);
        number.Release(Now);

        var broken = Assert.Throws<BusinessRuleBrokenException>(() => number.AssignTo(new NumberHolder(Guid.CreateVersion7(), IsClosed: true), NumberPurpose.Fax, null, Now));

        Assert.Equal("ORGANISATION_CLOSED", broken.Rule.Code);
        Assert.Equal((NumberStatus.Released, (Guid?)null), (number.Status, number.OrganisationId));
    }

    private static PhoneNumber VoiceNumberWithAddress()
    {
        var number = PhoneNumber.Assign("+442079460001", Acme, NumberPurpose.Voice, null, Now);
        number.ChangeEmergencyAddress(Office, Now);
        return number;
    }

    private static PhoneNumber ActiveVoiceNumber()
    {
        var number = VoiceNumberWithAddress();
        number.SubmitEmergencyAddress(Now);
        number.RecordEmergencyAddressRegistered(Now);
        number.ActivateForVoice();
        return number;
    }
}
