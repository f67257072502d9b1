using Groupus.FaxGateway.Link;
using Groupus.FaxGateway.Service;
using Microsoft.Extensions.Options;

namespace Groupus.FaxGateway;

/// <summary>
/// The gateway's service mode: runs every configured line, the link to the core and the uploader of received faxes,
/// side by side. The lines answer and send whether or not the core is reachable; the link comes back by itself.
/// </summary>
internal sealed partial class GatewayWorker(
    ILogger<GatewayWorker> logger, IOptions<GatewayServiceOptions> options, LinePool lines, CoreLink link, ReceivedFaxUploader uploader) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        LogStarted(logger, lines.Runners.Count, options.Value.SpoolDirectory);
        await Task.WhenAll(
            Task.Run(() => link.RunAsync(stoppingToken), CancellationToken.None),
            Task.Run(() => uploader.RunAsync(stoppingToken), CancellationToken.None),
            lines.RunAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fax gateway started with {LineCount} configured line(s); received faxes spool in {SpoolDirectory}")]
    private static partial void LogStarted(ILogger logger, int lineCount, string spoolDirectory);
}
