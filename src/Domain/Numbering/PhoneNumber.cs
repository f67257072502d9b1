using Groupus.Domain.Common;

namespace Groupus.Domain.Numbering;

/// <summary>
/// A telephone number we own (a DID), in E.164. It is assigned to one organisation at a time for voice or fax; a
/// released number goes back to our pool and keeps its row (and its history) until it is assigned again. A voice
/// number carries calls only once active, and it can only become active with a registered emergency-services address.
/// </summary>
public sealed class PhoneNumber : AggregateRoot
{
    public const int MaxLabelLength = 100;

    private PhoneNumber()
    {
    }

    /// <summary>E.164, e.g. +442071234567.</summary>
    [PersonalData(PersonalDataCategory.CommunicationsMetadata)]
    public string E164 { get; private set; } = "";

    /// <summary>The organisation the number is assigned to; null once released.</summary>
    public Guid? OrganisationId { get; private set; }

    public NumberPurpose Purpose { get; private set; }

    public NumberStatus Status { get; private set; }

    /// <summary>The customer's name for the number (reception, sales line, fax room).</summary>
    [PersonalData(PersonalDataCategory.ServiceConfiguration)]
    public string? Label { get; private set; }

    public DateTime? AssignedAtUtc { get; private set; }

    /// <summary>Where the line is installed, as the emergency services will be told.</summary>
    public PostalAddress? EmergencyAddress { get; private set; }

    public EmergencyRegistrationState EmergencyRegistration { get; private set; }

    /// <summary>Why the emergency-services database provider refused the address, when it did.</summary>
    [PersonalData(PersonalDataCategory.ServiceConfiguration)]
    public string? EmergencyRegistrationFailureReason { get; private set; }

    public DateTime? EmergencyRegistrationChangedAtUtc { get; private set; }

    public static PhoneNumber Assign(string e164, NumberHolder owner, NumberPurpose purpose, string? label, DateTime nowUtc)
    {
        var number = new PhoneNumber { Id = Guid.CreateVersion7(), E164 = e164, Status = NumberStatus.Released };
        number.AssignTo(owner, purpose, label, nowUtc);
        return number;
    }

    /// <summary>A released number goes to a (possibly different) organisation, with a clean emergency-services record.</summary>
    public void AssignTo(NumberHolder owner, NumberPurpose purpose, string? label, DateTime nowUtc)
    {
        CheckRule(new NumberMustBeReleasedBeforeReassignmentRule(Status));
        CheckRule(new NumbersGoOnlyToOpenOrganisationsRule(owner));
        OrganisationId = owner.OrganisationId;
        Purpose = purpose;
        Label = label;
        Status = NumberStatus.Assigned;
        AssignedAtUtc = nowUtc;
        ClearEmergencyRecord(nowUtc);
        MarkChanged();
        Raise(new PhoneNumberAssigned(Id, E164, owner.OrganisationId, purpose, nowUtc));
    }

    /// <summary>Back to our pool: the organisation, its label and its emergency-services address go with it.</summary>
    public void Release(DateTime nowUtc)
    {
        CheckRule(new NumberMustBeAssignedRule(Status));
        var formerOwner = OrganisationId!.Value;
        OrganisationId = null;
        Label = null;
        Status = NumberStatus.Released;
        AssignedAtUtc = null;
        ClearEmergencyRecord(nowUtc);
        MarkChanged();
        Raise(new PhoneNumberReleased(Id, E164, formerOwner, nowUtc));
    }

    /// <summary>A number that stops being a voice number stops carrying voice calls: an active one goes back to assigned.</summary>
    public void ChangePurpose(NumberPurpose purpose, DateTime nowUtc)
    {
        CheckRule(new NumberMustBeAssignedRule(Status));
        if (purpose == Purpose)
        {
            return;
        }

        Purpose = purpose;
        if (purpose != NumberPurpose.Voice && Status == NumberStatus.Active)
        {
            Status = NumberStatus.Assigned;
        }

        MarkChanged();
        Raise(new PhoneNumberPurposeChanged(Id, E164, OrganisationId!.Value, purpose, nowUtc));
    }

    /// <summary>
    /// A new installation address has not been registered with the emergency services yet: the registration starts
    /// again from unregistered, and an active number goes back to assigned until the new address is registered.
    /// </summary>
    public void ChangeEmergencyAddress(PostalAddress address, DateTime nowUtc)
    {
        CheckRule(new NumberMustBeAssignedRule(Status));
        EmergencyAddress = address;
        EmergencyRegistration = EmergencyRegistrationState.Unregistered;
        EmergencyRegistrationFailureReason = null;
        EmergencyRegistrationChangedAtUtc = nowUtc;
        if (Status == NumberStatus.Active)
        {
            Status = NumberStatus.Assigned;
        }

        MarkChanged();
    }

    /// <summary>The address has been sent to the emergency-services database provider; its answer is awaited.</summary>
    public void SubmitEmergencyAddress(DateTime nowUtc)
    {
        CheckRule(new NumberMustBeAssignedRule(Status));
        CheckRule(new EmergencyAddressMustBeSetBeforeSubmissionRule(EmergencyAddress));
        CheckRule(new EmergencyAddressMustNotBeSubmittedTwiceRule(EmergencyRegistration));
        MoveRegistrationTo(EmergencyRegistrationState.Pending, null, nowUtc);
    }

    public void RecordEmergencyAddressRegistered(DateTime nowUtc)
    {
        CheckRule(new NumberMustBeAssignedRule(Status));
        CheckRule(new RegistrationOutcomeNeedsAPendingSubmissionRule(EmergencyRegistration));
        MoveRegistrationTo(EmergencyRegistrationState.Registered, null, nowUtc);
    }

    public void RecordEmergencyAddressRefused(string reason, DateTime nowUtc)
    {
        CheckRule(new NumberMustBeAssignedRule(Status));
        CheckRule(new RegistrationOutcomeNeedsAPendingSubmissionRule(EmergencyRegistration));
        MoveRegistrationTo(EmergencyRegistrationState.Failed, reason, nowUtc);
    }

    public void ActivateForVoice()
    {
        CheckRule(new NumberMustBeAssignedRule(Status));
        CheckRule(new OnlyVoiceNumbersAreActivatedRule(Purpose));
        CheckRule(new NumberMustNotBeActiveAlreadyRule(Status));
        CheckRule(new VoiceActivationNeedsARegisteredEmergencyAddressRule(EmergencyRegistration));
        Status = NumberStatus.Active;
        MarkChanged();
    }

    private void MoveRegistrationTo(EmergencyRegistrationState state, string? failureReason, DateTime nowUtc)
    {
        EmergencyRegistration = state;
        EmergencyRegistrationFailureReason = failureReason;
        EmergencyRegistrationChangedAtUtc = nowUtc;
        MarkChanged();
    }

    private void ClearEmergencyRecord(DateTime nowUtc)
    {
        EmergencyAddress = null;
        EmergencyRegistration = EmergencyRegistrationState.Unregistered;
        EmergencyRegistrationFailureReason = null;
        EmergencyRegistrationChangedAtUtc = nowUtc;
    }
}
