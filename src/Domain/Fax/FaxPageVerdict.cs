namespace Groupus.Domain.Fax;

/// <summary>What the gateway reports about one page of the document (1-based document numbering) after a try.</summary>
public sealed record FaxPageVerdict(int PageNumber, bool Confirmed, int BitRate, bool Ecm, int Retries, string? Error = null);
