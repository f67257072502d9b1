using Groupus.Api.Grpc.Fax.V1;
using Groupus.Cli.Time;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Groupus.Cli.Commands.Fax;

/// <summary>The live view of a job being followed at a terminal: the job's state, a bar of confirmed pages and a row per page.</summary>
internal static class FaxProgressView
{
    private const int BarWidth = 40;

    public static IRenderable Of(FaxJob job, LocalTime time)
    {
        var state = FaxText.State(job.State);
        var phase = FaxText.Phase(job.Phase);
        var parts = new List<IRenderable>
        {
            new Text($"Fax job {job.JobId} to {job.To}" + Environment.NewLine),
            new Text($"State: {state}{(phase.Length > 0 && job.State == FaxJobState.Active ? $" ({phase})" : "")}   Tries: {FaxText.Tries(job)}"
                + (job.RemoteId.Length > 0 ? $"   Remote fax: {job.RemoteId}" : "") + Environment.NewLine),
            Bar(job),
            FaxPageTable.Of(job, time),
        };
        if (FaxText.LastError(job) is { Length: > 0 } lastError)
        {
            parts.Add(new Text($"Last error: {lastError}" + Environment.NewLine, new Style(Color.Red)));
        }

        if (!FaxText.IsFinished(job))
        {
            parts.Add(new Text("Ctrl+C stops watching; the fax job carries on." + Environment.NewLine, new Style(decoration: Decoration.Dim)));
        }

        return new Rows(parts);
    }

    private static Text Bar(FaxJob job)
    {
        var filled = job.PageCount == 0 ? 0 : Math.Clamp(job.PagesConfirmed * BarWidth / job.PageCount, 0, BarWidth);
        return new Text($"[{new string('█', filled)}{new string('░', BarWidth - filled)}] {FaxText.Confirmed(job)}" + Environment.NewLine);
    }
}
