using System.Globalization;
using Groupus.Api.Grpc.Privacy.V1;
using Groupus.Cli.Rendering;
using Groupus.Cli.Time;
using Spectre.Console.Rendering;

namespace Groupus.Cli.Commands.Privacy;

/// <summary>A data-subject request for people: where it stands, its deadline, its steps, referrals and history.</summary>
internal static class RequestView
{
    public static IRenderable[] Of(DataSubjectRequest r, LocalTime time) =>
    [
        Say.Line($"Request {r.Id}: {PrivacyChoices.Type.Word(r.Type)}, {StatusOf(r)}"),
        Say.Line($"Subject: {string.Join(", ", r.AlsoSubjectIds.Prepend(r.SubjectId))}"),
        Say.Line($"Received: {time.Full(r.ReceivedAt)}{(r.Channel.Length > 0 ? $" by {r.Channel}" : "")}"),
        Say.Line($"Due: {time.Full(r.DueAt)} ({Deadline(r)})"),
        .. Optional(r.StatutoryDueAt is not null, () => Say.Line($"Statutory due date: {time.Full(r.StatutoryDueAt)} (from receipt, before pauses and extensions)")),
        .. Optional(r.MissedDueAt is not null, () => Say.Line($"Missed due date: {time.Full(r.MissedDueAt)}: overdue until answered")),
        Say.Line($"Identity: {(r.IdentityVerified ? "verified" : "not verified")}"),
        .. Optional(r.Purposes.Count > 0, () => Say.Line($"Purposes: {string.Join(", ", r.Purposes)}")),
        .. Optional(r.Corrections.Count > 0, () => Say.Line($"Corrections: {string.Join(", ", r.Corrections.Select(c => $"{c.Key}={c.Value}"))}")),
        .. Optional(r.RejectionReason.Length > 0, () => Say.Line($"Rejected: {r.RejectionReason}")),
        .. Optional(r.CompletedAt is not null, () => Say.Line($"Completed: {time.Full(r.CompletedAt)}")),
        .. Optional(r.LinkedDuplicateIds.Count > 0, () => Say.Line($"Duplicates linked: {string.Join(", ", r.LinkedDuplicateIds)}")),
        TableBuilder.Build(r.Steps, "No steps yet.",
            ("Module", s => s.Module),
            ("Step", s => s.Action.ToLowerInvariant()),
            ("State", s => s.State.ToLowerInvariant()),
            ("Done", s => time.Short(s.DoneAt))),
        .. Optional(r.Referrals.Count > 0, () => TableBuilder.Build(r.Referrals, "",
            ("Referred to (organisation)", f => f.OrganisationId),
            ("Module", f => f.Module),
            ("Records", f => $"{f.RecordType} × {f.RecordCount.ToString(CultureInfo.InvariantCulture)}"),
            ("Referred", f => time.Short(f.ReferredAt)),
            ("Closed", f => time.Short(f.ClosedAt)),
            ("Outcome", f => f.Outcome))),
        TableBuilder.Build(r.History, "No history.",
            ("When", e => time.Short(e.At)),
            ("Who", e => e.Actor),
            ("What", e => e.What),
            ("Reason", e => e.Reason)),
    ];

    public static IRenderable List(IReadOnlyCollection<DataSubjectRequest> requests, LocalTime time, string whenEmpty = "No requests.") =>
        TableBuilder.Build(requests, whenEmpty,
            ("Id", r => r.Id),
            ("Type", r => PrivacyChoices.Type.Word(r.Type)),
            ("Status", StatusOf),
            ("Received", r => time.Short(r.ReceivedAt)),
            ("Due", r => time.Short(r.DueAt)),
            ("Statutory due", r => time.Short(r.StatutoryDueAt)),
            ("Deadline", Deadline),
            ("Subject", r => r.SubjectId));

    public static string StatusOf(DataSubjectRequest r) =>
        PrivacyChoices.Status.Word(r.Status) is { Length: > 0 } word ? word + (r.Paused && r.Status != RequestStatus.WaitingForSubject ? " (paused)" : "") : "unknown";

    public static string Deadline(DataSubjectRequest r) => r.Standing switch
    {
        DeadlineStanding.Closed => "closed",
        DeadlineStanding.Overdue => $"OVERDUE by {Days(-r.DaysRemaining)}{(r.Paused ? " (paused)" : "")}",
        _ when r.Paused => $"paused, {Days(r.DaysRemaining)} left",
        DeadlineStanding.DueSoon => $"due soon, {Days(r.DaysRemaining)} left",
        _ => $"{Days(r.DaysRemaining)} left",
    };

    private static string Days(int days) => days == 1 ? "1 day" : $"{Math.Max(days, 0).ToString(CultureInfo.InvariantCulture)} days";

    private static IEnumerable<IRenderable> Optional(bool shown, Func<IRenderable> line) => shown ? [line()] : [];
}
