using System.Globalization;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.Cli.Rendering;
using Groupus.Cli.Time;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Groupus.Cli.Commands.Fax;

/// <summary>Everything about one job: its details, a row per page and a row per try.</summary>
internal static class FaxJobDetails
{
    public static IRenderable[] Of(FaxJob job, LocalTime time) =>
    [
        Summary(job, time),
        Say.Line(""),
        Say.Line("Pages:"),
        FaxPageTable.Of(job, time),
        Say.Line("Tries:"),
        Attempts(job, time),
    ];

    private static Grid Summary(FaxJob job, LocalTime time)
    {
        var phase = job.State == FaxJobState.Active ? FaxText.Phase(job.Phase) : "";
        (string Label, string Value)[] rows =
        [
            ("Job", job.JobId),
            ("Organisation", job.OrganisationId),
            ("To", job.To),
            ("State", phase.Length > 0 ? $"{FaxText.State(job.State)} ({phase}, page {job.CurrentPage})" : FaxText.State(job.State)),
            ("Pages", FaxText.Confirmed(job)),
            ("Tries", FaxText.Tries(job)),
            ("Priority", job.Priority.ToString(CultureInfo.InvariantCulture)),
            ("Resolution", FaxText.Resolution(job.Resolution)),
            ("Submitted", time.Full(job.SubmittedAt)),
            ("Not before", time.Full(job.NotBefore)),
            ("Completed", time.Full(job.CompletedAt)),
            ("Remote fax", job.RemoteId),
            ("Call time", job.CallTime is null ? "" : $"{(int)job.CallTime.ToTimeSpan().TotalSeconds} s"),
            ("Last error", FaxText.LastError(job)),
            ("Submitted by", job.SubmittedBy),
        ];
        var grid = new Grid().AddColumn().AddColumn();
        foreach (var (label, value) in rows.Where(row => row.Value.Length > 0))
        {
            grid.AddRow(new Text(label + ":"), new Text(value));
        }

        return grid;
    }

    private static IRenderable Attempts(FaxJob job, LocalTime time) =>
        TableBuilder.Build(job.Attempts, "No tries yet.",
            ("Try", attempt => attempt.Number.ToString(CultureInfo.InvariantCulture)),
            ("Started", attempt => time.Short(attempt.StartedAt)),
            ("Ended", attempt => time.Short(attempt.EndedAt)),
            ("Outcome", attempt => FaxText.Outcome(attempt.Outcome)),
            ("From page", attempt => attempt.FirstPage.ToString(CultureInfo.InvariantCulture)),
            ("Pages confirmed", attempt => attempt.PagesConfirmed.ToString(CultureInfo.InvariantCulture)),
            ("Error", attempt => string.Join(" ", new[] { attempt.ErrorCode, attempt.Detail }.Where(text => text.Length > 0))));
}
