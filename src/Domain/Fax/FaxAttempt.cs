using Groupus.Domain.Common;

namespace Groupus.Domain.Fax;

/// <summary>One try of an outbound job: one lease of one gateway line, one call.</summary>
public sealed class FaxAttempt
{
    private FaxAttempt()
    {
    }

    internal FaxAttempt(int number, Guid gatewayId, string lineId, int firstPage, DateTime startedAtUtc)
    {
        Number = number;
        GatewayId = gatewayId;
        LineId = lineId;
        FirstPage = firstPage;
        StartedAtUtc = startedAtUtc;
    }

    public int Number { get; private set; }

    public Guid GatewayId { get; private set; }

    [NotPersonalData("the gateway's name for one of our lines")]
    public string LineId { get; private set; } = "";

    public int FirstPage { get; private set; }

    public DateTime StartedAtUtc { get; private set; }

    public DateTime? EndedAtUtc { get; private set; }

    public FaxCallOutcome? Outcome { get; private set; }

    [NotPersonalData("a fax error code")]
    public string? ErrorCode { get; private set; }

    [PersonalData(PersonalDataCategory.CommunicationsMetadata)]
    public string? Detail { get; private set; }

    public int PagesConfirmed { get; private set; }

    public TimeSpan CallTime { get; private set; }

    internal void End(FaxCallOutcome outcome, string? errorCode, string? detail, int pagesConfirmed, TimeSpan callTime, DateTime nowUtc)
    {
        Outcome = outcome;
        ErrorCode = errorCode;
        Detail = detail;
        PagesConfirmed = pagesConfirmed;
        CallTime = callTime;
        EndedAtUtc = nowUtc;
    }
}
