namespace Groupus.Fax.T30;

/// <summary>A progress note: the phase the session is in and what it is doing.</summary>
public sealed record T30Progress(T30Phase Phase, string Message);
