using Groupus.Domain.Common;

namespace Groupus.Domain.Sales.Prospects;

/// <summary>A sales enquiry or quote request, from the website form or written down by staff, and sales' follow-up of it.</summary>
public sealed class Prospect : AggregateRoot, IHasDataSubject
{
    private readonly List<ProspectFollowUp> _followUps = [];

    private Prospect()
    {
    }

    public EnquiryKind Kind { get; private set; }

    public EnquirySource Source { get; private set; }

    public ProspectContact Contact { get; private set; } = null!;

    /// <summary>What they asked, in their words.</summary>
    [PersonalData(PersonalDataCategory.CommunicationsContent)]
    public string Enquiry { get; private set; } = "";

    public DateTime ReceivedAtUtc { get; private set; }

    /// <summary>The member of staff who wrote the enquiry down; null when it came from the website form.</summary>
    public Guid? EnteredByStaffId { get; private set; }

    public ProspectStatus Status { get; private set; }

    [PersonalData(PersonalDataCategory.TransactionalHistory)]
    public string? LostReason { get; private set; }

    /// <summary>The organisation registered when the prospect was converted, if one was.</summary>
    public Guid? OrganisationId { get; private set; }

    public DateTime StatusChangedAtUtc { get; private set; }

    public Guid DataSubjectId { get; private set; }

    /// <summary>Links the prospect to the person in the privacy register (when received, or when an older row is backfilled).</summary>
    public void LinkDataSubject(Guid dataSubjectId) => DataSubjectId = dataSubjectId;

    public IReadOnlyList<ProspectFollowUp> FollowUps => _followUps;

    public static Prospect Receive(EnquiryKind kind, EnquirySource source, ProspectContact contact, string enquiry, Guid? enteredByStaffId, DateTime nowUtc)
    {
        var prospect = new Prospect
        {
            Id = Guid.CreateVersion7(),
            Kind = kind,
            Source = source,
            Contact = contact,
            Enquiry = enquiry,
            EnteredByStaffId = enteredByStaffId,
            ReceivedAtUtc = nowUtc,
            Status = ProspectStatus.New,
            StatusChangedAtUtc = nowUtc,
        };
        prospect.Raise(new ProspectReceived(prospect.Id, nowUtc));
        return prospect;
    }

    /// <summary>Records a follow-up: a move along the status machine, or (same status) just a note.</summary>
    public void FollowUp(ProspectStatus to, string? note, string? lostReason, Guid? staffId, DateTime nowUtc)
    {
        CheckRule(new ProspectStatusChangeMustBeAllowedRule(Status, to));
        CheckRule(new LostProspectNeedsAReasonRule(to, lostReason));
        _followUps.Add(new ProspectFollowUp(_followUps.Count + 1, staffId, nowUtc, Status, to, note));
        if (to != Status)
        {
            Status = to;
            StatusChangedAtUtc = nowUtc;
        }

        if (to == ProspectStatus.Lost)
        {
            LostReason = lostReason;
        }

        MarkChanged();
        Raise(new ProspectFollowedUp(Id, Status, nowUtc));
    }

    /// <summary>Rectification at the person's request; a null leaves that field as it is.</summary>
    public void CorrectContact(string? contactName, string? company, string? workEmail, string? workPhone, string? industry)
    {
        Contact = Contact with
        {
            ContactName = contactName ?? Contact.ContactName,
            Company = company ?? Contact.Company,
            WorkEmail = workEmail ?? Contact.WorkEmail,
            WorkPhone = workPhone ?? Contact.WorkPhone,
            Industry = industry ?? Contact.Industry,
        };
        MarkChanged();
    }

    /// <summary>Links the organisation registered for this prospect on conversion.</summary>
    public void LinkOrganisation(Guid organisationId)
    {
        OrganisationId = organisationId;
        MarkChanged();
    }
}
