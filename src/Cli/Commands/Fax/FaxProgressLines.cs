using Groupus.Api.Grpc.Fax.V1;
using Groupus.Cli.Rendering;
using Spectre.Console.Rendering;

namespace Groupus.Cli.Commands.Fax;

/// <summary>A job being followed without a terminal to redraw: one line for each change of the job and of each page.</summary>
internal sealed class FaxProgressLines
{
    private FaxJob? previous;

    public IRenderable[] Describe(FaxJob job)
    {
        var lines = new List<IRenderable>();
        if (previous is null || Summary(previous) != Summary(job))
        {
            lines.Add(Say.Line(Summary(job)));
        }

        var before = previous is null ? [] : FaxPages.Of(previous).ToDictionary(page => page.PageNumber);
        foreach (var page in FaxPages.Of(job))
        {
            var status = FaxPages.StatusOf(job, page);
            var changed = before.GetValueOrDefault(page.PageNumber) is { } earlier
                ? !page.Equals(earlier) || status != FaxPages.StatusOf(previous!, earlier)
                : status != FaxPageStatus.Pending;
            if (changed)
            {
                var detail = FaxPages.Detail(page);
                lines.Add(Say.Line($"  page {page.PageNumber}: {FaxPages.Text(status)}{(detail.Length > 0 ? $" ({detail})" : "")}"));
            }
        }

        previous = job;
        return [.. lines];
    }

    private static string Summary(FaxJob job)
    {
        var phase = job.State == FaxJobState.Active ? FaxText.Phase(job.Phase) : "";
        var where = phase.Length == 0 ? "" : job.CurrentPage > 0 ? $", {phase} page {job.CurrentPage}" : $", {phase}";
        var lastError = FaxText.LastError(job);
        return $"{FaxText.State(job.State)}{where}: {FaxText.Confirmed(job)}, try {FaxText.Tries(job)}"
            + (lastError.Length > 0 ? $"; last error: {lastError}" : "");
    }
}
