namespace Groupus.Fax.Modems.Lines;

/// <summary>What became of one page of a call.</summary>
public enum FaxPageDisposition
{
    /// <summary>Sender: confirmed by the receiver (MCF, RTP, PIP). Receiver: kept.</summary>
    Confirmed,

    /// <summary>Sender: refused by the receiver (RTN, PIN) after the retransmissions allowed. Receiver: a copy refused.</summary>
    Refused,

    /// <summary>Sender: the page went out (at least in part) but the call ended before the receiver answered for it.</summary>
    Attempted,
}
