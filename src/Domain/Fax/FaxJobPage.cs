using Groupus.Domain.Common;

namespace Groupus.Domain.Fax;

/// <summary>One page of an outbound job and what became of it. A confirmed page is never sent again.</summary>
public sealed class FaxJobPage
{
    private FaxJobPage()
    {
    }

    internal FaxJobPage(int pageNumber) => PageNumber = pageNumber;

    public int PageNumber { get; private set; }

    public bool Sent { get; private set; }

    public bool Confirmed { get; private set; }

    public int BitRate { get; private set; }

    public bool Ecm { get; private set; }

    public int Retries { get; private set; }

    [NotPersonalData("the page's transmission error, e.g. not confirmed by the receiver")]
    public string? Error { get; private set; }

    public DateTime? ConfirmedAtUtc { get; private set; }

    /// <returns>True when this verdict changed the page (a repeated confirmation does not).</returns>
    internal bool Apply(FaxPageVerdict verdict, DateTime nowUtc)
    {
        if (Confirmed)
        {
            return false;
        }

        Sent = true;
        BitRate = verdict.BitRate;
        Ecm = verdict.Ecm;
        Retries = Math.Max(Retries, verdict.Retries);
        Error = verdict.Confirmed ? null : verdict.Error ?? "not confirmed by the receiver";
        if (verdict.Confirmed)
        {
            Confirmed = true;
            ConfirmedAtUtc = nowUtc;
        }

        return true;
    }
}
