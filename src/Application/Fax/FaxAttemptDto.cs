using Groupus.Domain.Fax;

namespace Groupus.Application.Fax;

public sealed record FaxAttemptDto(
    int Number,
    DateTime StartedAtUtc,
    DateTime? EndedAtUtc,
    FaxCallOutcome? Outcome,
    string? ErrorCode,
    string? Detail,
    int FirstPage,
    int PagesConfirmed);
