using Groupus.FaxGateway.Lines;
using Microsoft.Extensions.Options;

namespace Groupus.FaxGateway;

/// <summary>
/// The gateway's service mode. For now it reports each configured line, opens it, probes its modem and reports
/// what it found; taking and placing calls arrives with the core link. Logs carry line names, devices and
/// settings, never the lines' numbers or identities.
/// </summary>
internal sealed partial class GatewayWorker(ILogger<GatewayWorker> logger, IOptions<GatewayLinesOptions> options, FaxLineProber prober) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lines = options.Value.Lines;
        LogStarted(logger, lines.Count);
        foreach (var line in lines)
        {
            LogLine(logger, line.Name, line.Device, line.Class, line.AnswerRings, line.Port.BaudRate, line.Port.FlowControl.ToString());
            var status = await prober.ProbeAsync(line, stoppingToken);
            if (status.Identity is { } identity)
            {
                LogModem(logger, line.Name, identity.Manufacturer, identity.Model, identity.Revision, string.Join(",", identity.FaxClasses));
            }

            if (status.Problem is { } problem)
            {
                LogProblem(logger, line.Name, problem);
            }
            else
            {
                LogReady(logger, line.Name);
            }
        }

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

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Line {Line}: device {Device}, class {FaxClass}, answers after {Rings} ring(s), {Baud} baud, flow control {FlowControl}")]
    private static partial void LogLine(ILogger logger, string line, string device, string faxClass, int rings, int baud, string flowControl);

    [LoggerMessage(Level = LogLevel.Information, Message = "Line {Line}: modem {Manufacturer} {Model} revision {Revision}, fax classes {Classes}")]
    private static partial void LogModem(ILogger logger, string line, string manufacturer, string model, string revision, string classes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Line {Line}: ready")]
    private static partial void LogReady(ILogger logger, string line);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Line {Line}: not usable: {Problem}")]
    private static partial void LogProblem(ILogger logger, string line, string problem);
}
