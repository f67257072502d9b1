namespace Groupus.Fax.T30;

/// <summary>The session is over; always the last action.</summary>
public sealed record ReportSessionResult(T30SessionResult Result) : T30Action;
