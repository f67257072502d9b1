namespace Groupus.Fax.T30.Calls;

/// <summary>A step of a call, for terminals, logs and the core.</summary>
/// <param name="Page">A sent page's final verdict, reported as soon as it is known (drivers that can; the call's result
/// carries every page either way).</param>
public sealed record FaxProgress(FaxCallPhase Phase, string Message, int? PageNumber = null, FaxPageReport? Page = null);
