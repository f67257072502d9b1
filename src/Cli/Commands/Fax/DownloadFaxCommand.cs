using System.CommandLine;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Fax;

internal sealed class DownloadFaxCommand : Command
{
    private readonly Argument<string> jobId = FaxArguments.JobId();
    private readonly DownloadOptions download = new();

    public DownloadFaxCommand(CommandRunner runner)
        : base("download", "Save a fax job's pages as TIFF, or PDF with --pdf (customers; admin, fax-operator, support)")
    {
        Arguments.Add(jobId);
        download.AddTo(this);
        runner.SetAction(this, async context =>
        {
            var id = context.Get(jobId);
            var target = download.Target(context, "fax", id);
            using var client = context.ConnectAsStaff();
            var request = new DownloadFaxJobRequest { JobId = id, Format = download.Format(context) };
            var saved = await FileDownload.SaveAsync(target, () => client.Fax.DownloadFaxJob(request), context.CancellationToken);
            context.Output.Show(saved, FaxJsonContext.Default.SavedFile, Say.Line(DownloadOptions.Describe(saved)));
        });
    }
}
