namespace Groupus.Domain.Fax;

/// <summary>The end of one try as the gateway reports it.</summary>
public sealed record FaxTryReport(
    FaxCallOutcome Outcome,
    string? ErrorCode,
    string? Detail,
    string? RemoteId,
    TimeSpan CallTime,
    IReadOnlyList<FaxPageVerdict> Pages);
