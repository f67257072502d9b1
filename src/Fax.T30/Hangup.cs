namespace Groupus.Fax.T30;

/// <summary>Release the line (Class 1: ATH0). Always the last action but the session report.</summary>
public sealed record Hangup : T30Action;
