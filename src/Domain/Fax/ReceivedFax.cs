using Groupus.Domain.Common;

namespace Groupus.Domain.Fax;

/// <summary>
/// A fax a gateway received and uploaded, its pages in the content store. It belongs to the organisation that owns
/// the called number; until one does (an unassigned number, a line with no number) it waits in the staff queue.
/// </summary>
public sealed class ReceivedFax : AggregateRoot
{
    private ReceivedFax()
    {
    }

    public Guid GatewayId { get; private set; }

    [NotPersonalData("the gateway's name for one of our lines")]
    public string LineId { get; private set; } = "";

    /// <summary>Unique per gateway: the same upload repeated finds this fax instead of storing another.</summary>
    [NotPersonalData("the gateway's key for one upload")]
    public string IdempotencyKey { get; private set; } = "";

    /// <summary>E.164, when the line or network gave it.</summary>
    [PersonalData(PersonalDataCategory.CommunicationsMetadata)]
    public string? CalledNumber { get; private set; }

    /// <summary>The caller's TSI as it sent it.</summary>
    [PersonalData(PersonalDataCategory.CommunicationsMetadata)]
    public string? RemoteId { get; private set; }

    public int PageCount { get; private set; }

    public DateTime ReceivedAtUtc { get; private set; }

    public TimeSpan CallTime { get; private set; }

    public int BitRate { get; private set; }

    public bool Ecm { get; private set; }

    [PersonalData(PersonalDataCategory.CommunicationsContent)]
    public Guid ContentId { get; private set; }

    public long SizeBytes { get; private set; }

    [NotPersonalData("the fax's digest")]
    public string Sha256 { get; private set; } = "";

    public DateTime StoredAtUtc { get; private set; }

    public Guid? OrganisationId { get; private set; }

    public DateTime? RoutedAtUtc { get; private set; }

    public static ReceivedFax Store(ReceivedFaxArrival arrival, Guid contentId, Guid? organisationId, DateTime nowUtc)
    {
        var fax = new ReceivedFax
        {
            Id = Guid.CreateVersion7(),
            GatewayId = arrival.GatewayId,
            LineId = arrival.LineId,
            IdempotencyKey = arrival.IdempotencyKey,
            CalledNumber = arrival.CalledNumber,
            RemoteId = arrival.RemoteId,
            PageCount = arrival.PageCount,
            ReceivedAtUtc = arrival.ReceivedAtUtc,
            CallTime = arrival.CallTime,
            BitRate = arrival.BitRate,
            Ecm = arrival.Ecm,
            ContentId = contentId,
            SizeBytes = arrival.SizeBytes,
            Sha256 = arrival.Sha256,
            StoredAtUtc = nowUtc,
        };
        if (organisationId is { } owner)
        {
            fax.Route(owner, nowUtc);
        }

        return fax;
    }

    public void Route(Guid organisationId, DateTime nowUtc)
    {
        CheckRule(new ReceivedFaxMustBeUnroutedRule(OrganisationId));
        OrganisationId = organisationId;
        RoutedAtUtc = nowUtc;
        MarkChanged();
        Raise(new ReceivedFaxRouted(Id, organisationId, PageCount, CallTime, ReceivedAtUtc, nowUtc));
        Raise(new ReceivedFaxCompleted(Id, organisationId, PageCount, CallTime, nowUtc));
    }
}
