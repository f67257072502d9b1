using Groupus.Domain.Fax;

namespace Groupus.Application.Fax;

public sealed record FaxJobDto(
    Guid Id,
    Guid OrganisationId,
    string Destination,
    FaxJobState State,
    int Priority,
    FaxResolution Resolution,
    int PageCount,
    int PagesConfirmed,
    DateTime SubmittedAtUtc,
    DateTime NotBeforeUtc,
    DateTime? CompletedAtUtc,
    int Tries,
    int MaxTries,
    FaxCallPhase Phase,
    int CurrentPage,
    string? RemoteId,
    string? LastErrorCode,
    string? LastError,
    Guid SubmittedBy,
    TimeSpan CallTime,
    IReadOnlyList<FaxJobPageDto> Pages,
    IReadOnlyList<FaxAttemptDto> Attempts,
    long Version)
{
    public static FaxJobDto From(FaxJob job) => new(
        job.Id,
        job.OrganisationId,
        job.Destination,
        job.State,
        job.Priority,
        job.Resolution,
        job.PageCount,
        job.PagesConfirmed,
        job.SubmittedAtUtc,
        job.NotBeforeUtc,
        job.CompletedAtUtc,
        job.Tries,
        job.MaxTries,
        job.Phase,
        job.CurrentPage,
        job.RemoteId,
        job.LastErrorCode,
        job.LastError,
        job.SubmittedBy,
        job.CallTime,
        [.. job.Pages.OrderBy(p => p.PageNumber).Select(p => new FaxJobPageDto(p.PageNumber, p.Sent, p.Confirmed, p.BitRate, p.Ecm, p.Retries, p.Error, p.ConfirmedAtUtc))],
        [.. job.Attempts.OrderBy(a => a.Number).Select(a => new FaxAttemptDto(a.Number, a.StartedAtUtc, a.EndedAtUtc, a.Outcome, a.ErrorCode, a.Detail, a.FirstPage, a.PagesConfirmed))],
        job.Version);
}
