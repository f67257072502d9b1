namespace Groupus.Application.Fax;

public sealed record FaxJobPageDto(int PageNumber, bool Sent, bool Confirmed, int BitRate, bool Ecm, int Retries, string? Error, DateTime? ConfirmedAtUtc);
