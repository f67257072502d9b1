namespace Groupus.Fax.Modems.Class1;

/// <summary>How waiting for a call and answering it ended.</summary>
public enum AnswerOutcome
{
    /// <summary>CONNECT after ATA: CED sent, the modem is sending V.21 flags (as if +FTH=3 had been given).</summary>
    Connected,
    /// <summary>No call (not enough RINGs) before the deadline.</summary>
    NoCall,
    /// <summary>The call rang, but ATA ended in NO CARRIER or ERROR.</summary>
    NoCarrier,
    /// <summary>Adaptive answer (+FAR) found a data modem or voice rather than fax.</summary>
    NotFax,
}
