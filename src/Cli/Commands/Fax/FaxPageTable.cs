using System.Globalization;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.Cli.Time;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Groupus.Cli.Commands.Fax;

/// <summary>One row per page of a job: where it is and how it went.</summary>
internal static class FaxPageTable
{
    public static IRenderable Of(FaxJob job, LocalTime time)
    {
        var pages = FaxPages.Of(job);
        if (pages.Count == 0)
        {
            return new Text("No pages." + Environment.NewLine);
        }

        var table = new Table();
        foreach (var heading in new[] { "Page", "Status", "Confirmed at", "Detail" })
        {
            table.AddColumn(new TableColumn(new Text(heading)));
        }

        foreach (var page in pages)
        {
            var status = FaxPages.StatusOf(job, page);
            table.AddRow(
                new Text(page.PageNumber.ToString(CultureInfo.InvariantCulture)),
                new Text(FaxPages.Text(status), FaxPages.StyleOf(status)),
                new Text(time.Short(page.ConfirmedAt)),
                new Text(FaxPages.Detail(page)));
        }

        return table;
    }
}
