using System.Diagnostics.Metrics;
using Groupus.Api.Grpc.Gateway.V1;
using Groupus.Fax.Modems.Lines;
using Groupus.Fax.T30.Calls;
using Groupus.FaxGateway.Link;
using Groupus.FaxGateway.Service;

namespace Groupus.FaxGateway.Telemetry;

/// <summary>
/// The gateway's own figures (meter "Groupus.FaxGateway"): calls and pages per line, the lines' states and whether the
/// link to the core is up. Labels are line names, outcomes and the T.30 taxonomy: never a number or a fax identity.
/// </summary>
internal sealed class GatewayMetrics : IDisposable
{
    public const string MeterName = "Groupus.FaxGateway";

    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _calls;
    private readonly Counter<long> _pages;
    private Func<IEnumerable<LineState>> _lines = () => [];

    public GatewayMetrics(LeaseClock link)
    {
        _calls = _meter.CreateCounter<long>("groupus.fax_gateway.calls", "{call}", "Calls by line, direction, outcome, T.30 error and the phase it belongs to.");
        _pages = _meter.CreateCounter<long>("groupus.fax_gateway.pages", "{page}", "Pages by line, direction and what became of them.");
        _meter.CreateObservableGauge(
            "groupus.fax_gateway.lines",
            () => _lines().Select(l => new Measurement<int>(
                1, new KeyValuePair<string, object?>("line", l.LineId), new KeyValuePair<string, object?>("state", GatewayMetricLabels.Of(l.Status)))),
            "{line}",
            "Each line at its current state (idle, busy, out_of_service).");
        _meter.CreateObservableGauge(
            "groupus.fax_gateway.link.connected",
            () => link.IsRegistered ? 1 : 0,
            description: "1 while the link to the core is registered, else 0.");
    }

    /// <summary>Where the lines' states come from (the pool is built after the metrics).</summary>
    public void ObserveLines(Func<IEnumerable<LineState>> lines) => _lines = lines;

    public void OutboundCallEnded(string line, JobFinished finished)
    {
        _calls.Add(
            1,
            new KeyValuePair<string, object?>("line", line),
            new KeyValuePair<string, object?>("direction", "outbound"),
            new KeyValuePair<string, object?>("outcome", GatewayMetricLabels.Of(finished.Outcome)),
            new KeyValuePair<string, object?>("t30_error", GatewayMetricLabels.Error(finished.ErrorCode)),
            new KeyValuePair<string, object?>("t30_phase", GatewayMetricLabels.Phase(finished.ErrorCode)));
        foreach (var page in finished.Pages)
        {
            var result = page.Disposition == PageDisposition.Unspecified
                ? (page.Confirmed ? "confirmed" : "refused")
                : GatewayMetricLabels.Of(page.Disposition);
            AddPage(line, "outbound", result);
        }
    }

    public void InboundCallEnded(string line, FaxCallResult result)
    {
        _calls.Add(
            1,
            new KeyValuePair<string, object?>("line", line),
            new KeyValuePair<string, object?>("direction", "inbound"),
            new KeyValuePair<string, object?>("outcome", GatewayMetricLabels.Of(result.Outcome)),
            new KeyValuePair<string, object?>("t30_error", GatewayMetricLabels.Error(result.Error.Name)),
            new KeyValuePair<string, object?>("t30_phase", GatewayMetricLabels.Phase(result.Error.Name)));
        foreach (var page in result.Pages)
        {
            AddPage(line, "inbound", GatewayMetricLabels.Of(JobMessages.DispositionOf(page.Outcome)));
        }
    }

    public void Dispose() => _meter.Dispose();

    private void AddPage(string line, string direction, string result) =>
        _pages.Add(
            1,
            new KeyValuePair<string, object?>("line", line),
            new KeyValuePair<string, object?>("direction", direction),
            new KeyValuePair<string, object?>("result", result));
}
