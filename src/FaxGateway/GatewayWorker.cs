namespace Groupus.FaxGateway;

/// <summary>
/// The gateway's service mode. Lines and the core link arrive with their own issues; for now the
/// worker reports its configured lines and waits for shutdown.
/// </summary>
internal sealed partial class GatewayWorker(ILogger<GatewayWorker> logger, IConfiguration configuration) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lines = configuration.GetSection("Gateway:Lines").GetChildren().Count();
        LogStarted(logger, lines);
        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // normal shutdown
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fax gateway started with {LineCount} configured line(s)")]
    private static partial void LogStarted(ILogger logger, int lineCount);
}
