namespace Groupus.Fax.T30;

/// <summary>T.30 call phases.</summary>
public enum T30Phase
{
    Idle,
    /// <summary>Call set-up.</summary>
    A,
    /// <summary>Pre-message procedure: identification, capabilities, training.</summary>
    B,
    /// <summary>Message transmission.</summary>
    C,
    /// <summary>Post-message procedure: end-of-page signalling and confirmation.</summary>
    D,
    /// <summary>Call release.</summary>
    E,
    Completed,
}
