namespace Groupus.Fax.Modems.Lines;

/// <summary>A step of a call, for terminals, logs and the core.</summary>
/// <param name="Page">A sent page's final verdict, reported as soon as it is known (drivers that can; the call's result
/// carries every page either way).</param>
public sealed record FaxProgress(FaxCallPhase Phase, string Message, int? PageNumber = null, FaxPageReport? Page = null);

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
