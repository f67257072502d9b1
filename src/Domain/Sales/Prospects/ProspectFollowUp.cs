using Groupus.Domain.Common;

namespace Groupus.Domain.Sales.Prospects;

/// <summary>One step of sales' follow-up: who, when, the status it moved from and to (the same for a plain note), and the note.</summary>
public sealed class ProspectFollowUp
{
    private ProspectFollowUp()
    {
    }

    internal ProspectFollowUp(int sequence, Guid? staffId, DateTime atUtc, ProspectStatus fromStatus, ProspectStatus toStatus, string? note)
    {
        Id = Guid.CreateVersion7();
        Sequence = sequence;
        StaffId = staffId;
        AtUtc = atUtc;
        FromStatus = fromStatus;
        ToStatus = toStatus;
        Note = note;
    }

    public Guid Id { get; private set; }

    /// <summary>Position in the history, from 1.</summary>
    public int Sequence { get; private set; }

    /// <summary>The member of staff who recorded it (null only when the system did).</summary>
    public Guid? StaffId { get; private set; }

    public DateTime AtUtc { get; private set; }

    public ProspectStatus FromStatus { get; private set; }

    public ProspectStatus ToStatus { get; private set; }

    [PersonalData(PersonalDataCategory.CommunicationsContent)]
    public string? Note { get; private set; }
}
