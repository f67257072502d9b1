using System.Globalization;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.Cli.Rendering;
using Groupus.Cli.Time;
using Spectre.Console.Rendering;

namespace Groupus.Cli.Commands.Fax;

internal static class FaxJobTable
{
    public static IRenderable Of(IReadOnlyCollection<FaxJob> jobs, LocalTime time, string whenEmpty = "No fax jobs.") =>
        TableBuilder.Build(jobs, whenEmpty,
            ("Job", job => job.JobId),
            ("To", job => job.To),
            ("State", job => FaxText.State(job.State)),
            ("Pages", job => $"{job.PagesConfirmed}/{job.PageCount}"),
            ("Tries", job => $"{job.Tries}/{job.MaxTries}"),
            ("Priority", job => job.Priority.ToString(CultureInfo.InvariantCulture)),
            ("Submitted", job => time.Short(job.SubmittedAt)),
            ("Completed", job => time.Short(job.CompletedAt)),
            ("Last error", FaxText.LastError),
            ("Organisation", job => job.OrganisationId));
}
