using System.CommandLine;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Fax;

internal sealed class DownloadReceivedFaxCommand : Command
{
    private readonly Argument<string> faxId = FaxArguments.FaxId();
    private readonly DownloadOptions download = new();

    public DownloadReceivedFaxCommand(CommandRunner runner)
        : base("download", "Save a received fax as TIFF, or PDF with --pdf (customers; admin, fax-operator, support)")
    {
        Arguments.Add(faxId);
        download.AddTo(this);
        runner.SetAction(this, async context =>
        {
            var id = context.Get(faxId);
            var target = download.Target(context, "received-fax", id);
            using var client = context.ConnectAsStaff();
            var request = new DownloadReceivedFaxRequest { FaxId = id, Format = download.Format(context) };
            var saved = await FileDownload.SaveAsync(target, () => client.Fax.DownloadReceivedFax(request), context.CancellationToken);
            context.Output.Show(saved, FaxJsonContext.Default.SavedFile, Say.Line(DownloadOptions.Describe(saved)));
        });
    }
}
