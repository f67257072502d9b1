using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy.Requests;

/// <summary>
/// Data a customer organisation controls (we only process it for them), referred to that organisation: the request
/// is theirs to answer for this data. Closed when they tell us the outcome.
/// </summary>
public sealed class Referral : Entity
{
    private Referral()
    {
    }

    public Guid RequestId { get; private set; }

    public Guid OrganisationId { get; private set; }

    [NotPersonalData("module table prefixes")]
    public string Module { get; private set; } = "";

    [NotPersonalData("record type names")]
    public string RecordType { get; private set; } = "";

    public int RecordCount { get; private set; }

    public DateTime ReferredAtUtc { get; private set; }

    public DateTime? ClosedAtUtc { get; private set; }

    [NotPersonalData("staff's summary of the customer's answer; the notes policy forbids personal data")]
    public string? Outcome { get; private set; }

    public bool IsOpen => ClosedAtUtc is null;

    internal static Referral To(Guid requestId, Guid organisationId, string module, string recordType, int recordCount, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        RequestId = requestId,
        OrganisationId = organisationId,
        Module = module,
        RecordType = recordType,
        RecordCount = recordCount,
        ReferredAtUtc = nowUtc,
    };

    internal void Close(string outcome, DateTime nowUtc)
    {
        ClosedAtUtc = nowUtc;
        Outcome = outcome;
    }
}
