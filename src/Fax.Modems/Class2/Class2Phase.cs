namespace Groupus.Fax.Modems.Class2;

/// <summary>Where a Class 2 call stands, as far as the modem's reports tell.</summary>
public enum Class2Phase
{
    /// <summary>On hook, no call.</summary>
    Idle,
    /// <summary>Phase A: dialling or answering.</summary>
    Calling,
    /// <summary>Phase B done: +FCO seen, identities and parameters exchanged.</summary>
    Connected,
    /// <summary>Phase C: page data moving.</summary>
    PageData,
    /// <summary>Phase D: a page ended, its post-page exchange seen.</summary>
    PostPage,
    /// <summary>+FHS / +FHNG seen: the call is over.</summary>
    Ended,
}
