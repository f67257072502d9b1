namespace Groupus.Fax.T38;

/// <summary>The <c>error-recovery</c> choice of a UDPTL packet.</summary>
public abstract record UdptlErrorRecovery;
