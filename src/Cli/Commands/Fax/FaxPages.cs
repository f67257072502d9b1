using Groupus.Api.Grpc.Fax.V1;
using Spectre.Console;

namespace Groupus.Cli.Commands.Fax;

/// <summary>The pages of a job and where each one is.</summary>
internal static class FaxPages
{
    /// <summary>The job's page records, with a blank one for any page the server has not reported on.</summary>
    public static IReadOnlyList<FaxPageRecord> Of(FaxJob job)
    {
        var reported = job.Pages.ToDictionary(page => page.PageNumber);
        var count = Math.Max(job.PageCount, reported.Count == 0 ? 0 : reported.Keys.Max());
        return [.. Enumerable.Range(1, count).Select(number => reported.GetValueOrDefault(number) ?? new FaxPageRecord { PageNumber = number })];
    }

    public static FaxPageStatus StatusOf(FaxJob job, FaxPageRecord page)
    {
        if (page.Confirmed)
        {
            return FaxPageStatus.Confirmed;
        }

        if (job.State == FaxJobState.Active && job.CurrentPage == page.PageNumber && job.Phase is FaxCallPhase.Transferring or FaxCallPhase.PostPage)
        {
            return FaxPageStatus.Sending;
        }

        return page.Retries > 0 || page.Error.Length > 0 ? FaxPageStatus.Refused : FaxPageStatus.Pending;
    }

    public static string Text(FaxPageStatus status) => status.ToString().ToLowerInvariant();

    public static Style StyleOf(FaxPageStatus status) => status switch
    {
        FaxPageStatus.Confirmed => new Style(Color.Green),
        FaxPageStatus.Sending => new Style(Color.Yellow),
        FaxPageStatus.Refused => new Style(Color.Red),
        _ => Style.Plain,
    };

    /// <summary>How the page went on the line: bit rate, ECM, refused copies and the last error, as far as known.</summary>
    public static string Detail(FaxPageRecord page)
    {
        var parts = new List<string>();
        if (page.BitRate > 0)
        {
            parts.Add(page.Ecm ? $"{page.BitRate} bit/s, ECM" : $"{page.BitRate} bit/s");
        }

        if (page.Retries > 0)
        {
            parts.Add(page.Retries == 1 ? "1 copy refused" : $"{page.Retries} copies refused");
        }

        if (page.Error.Length > 0)
        {
            parts.Add(page.Error);
        }

        return string.Join("; ", parts);
    }
}
