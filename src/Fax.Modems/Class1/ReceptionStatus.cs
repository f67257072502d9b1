namespace Groupus.Fax.Modems.Class1;

/// <summary>How a Class 1 receive command (+FRH, +FRM) ended.</summary>
public enum ReceptionStatus
{
    /// <summary>Data arrived and ended with DLE ETX, then OK (or NO CARRIER after high-speed data).</summary>
    Received,
    /// <summary>+FRH: the frame ended in ERROR (bad FCS).</summary>
    Corrupted,
    /// <summary>NO CARRIER before any data.</summary>
    NoCarrier,
    /// <summary>+FCERROR: a different carrier was heard (V.21 flags while +FRM waited, or high speed while +FRH waited).</summary>
    WrongCarrier,
    /// <summary>The host gave up waiting (a T.30 timer ran out) before a carrier came.</summary>
    Aborted,
    /// <summary>ERROR before any carrier: the modem is not in a call any more.</summary>
    Refused,
    /// <summary>
    /// Page data stopped without DLE ETX: NO CARRIER inside the data, or no end of line (ECM: no frame) for the stall
    /// limit. The caller is gone; the data so far is kept.
    /// </summary>
    CarrierLost,
}
