namespace Groupus.Fax.T30;

public enum PageOutcome
{
    /// <summary>Confirmed by MCF (or PIP, treated as MCF).</summary>
    Confirmed,
    /// <summary>Confirmed by RTP: accepted, retrain before continuing.</summary>
    ConfirmedRetrain,
    /// <summary>Rejected by RTN (or PIN, treated as RTN).</summary>
    Rejected,
    /// <summary>ECM: at least one partial page was abandoned with EOR/ERR.</summary>
    Incomplete,
    /// <summary>Caller: the page went out (at least in part) but the call ended before the receiver answered for it.</summary>
    Attempted,
}
