namespace Groupus.Fax.T30;

/// <summary>T.30 timers (5.4.3.1). T3 (procedure interrupt) is not used: interrupts are not supported.</summary>
public enum T30Timer
{
    /// <summary>35 s ± 5 s: time to identify the far end.</summary>
    T1,
    /// <summary>6 s ± 1 s: waiting for a command.</summary>
    T2,
    /// <summary>3 s ± 15 %: waiting for a response to a command.</summary>
    T4,
    /// <summary>60 s ± 5 s: ECM, the longest a receiver may stay not ready (RNR).</summary>
    T5,
}
