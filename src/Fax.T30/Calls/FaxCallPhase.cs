namespace Groupus.Fax.T30.Calls;

/// <summary>Where a call is, in T.30 phase terms.</summary>
public enum FaxCallPhase
{
    /// <summary>Resetting and configuring the modem.</summary>
    Initialising,
    /// <summary>Phase A, caller.</summary>
    Dialling,
    /// <summary>Phase A, answerer: waiting for rings.</summary>
    WaitingForCall,
    /// <summary>Phase A, answerer: answering.</summary>
    Answering,
    /// <summary>Phase B: identities and parameters.</summary>
    Negotiating,
    /// <summary>Phase C: page data.</summary>
    Transferring,
    /// <summary>Phase D: post-page message and response.</summary>
    PostPage,
    /// <summary>Phase E.</summary>
    HangingUp,
}
