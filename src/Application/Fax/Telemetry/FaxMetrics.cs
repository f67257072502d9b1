using System.Diagnostics.Metrics;
using Groupus.Application.Fax.Gateway.Links;
using Groupus.Domain.Fax;

namespace Groupus.Application.Fax.Telemetry;

/// <summary>
/// The fax service's own figures (meter "Groupus.Fax"): calls and pages as the gateways report them, the queue, the
/// lines and the gateway links. Labels carry states, outcomes, T.30 phases and codes, gateway ids and line ids only.
/// </summary>
public sealed class FaxMetrics : IDisposable
{
    public const string MeterName = "Groupus.Fax";

    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _calls;
    private readonly Counter<long> _pages;

    public FaxMetrics(FaxGatewayRegistry registry, FaxQueueDepth queue)
    {
        _calls = _meter.CreateCounter<long>("groupus.fax.calls", "{call}", "Fax calls by direction, outcome, the T.30 phase the call ended in, and error code.");
        _pages = _meter.CreateCounter<long>("groupus.fax.pages", "{page}", "Fax pages by direction and result.");
        _meter.CreateObservableGauge(
            "groupus.fax.queue.jobs",
            () => queue.Counts.Select(c => new Measurement<int>(c.Value, new KeyValuePair<string, object?>("state", FaxMetricLabels.Of(c.Key)))),
            "{job}",
            "Unfinished outbound fax jobs by state (counted at most every few seconds).");
        _meter.CreateObservableGauge(
            "groupus.fax.lines",
            () => registry.LineStatuses().GroupBy(l => (l.GatewayId, l.Status)).Select(g => new Measurement<int>(
                g.Count(),
                new KeyValuePair<string, object?>("gateway", g.Key.GatewayId.ToString()),
                new KeyValuePair<string, object?>("state", FaxMetricLabels.Of(g.Key.Status)))),
            "{line}",
            "Lines of the gateways connected to this node, by gateway and state.");
        _meter.CreateObservableGauge(
            "groupus.fax.gateway.connected",
            () => registry.ConnectedGateways().Select(id => new Measurement<int>(1, new KeyValuePair<string, object?>("gateway", id.ToString()))),
            "{gateway}",
            "1 for each gateway whose link to this node is up.");
    }

    /// <param name="phase">Where the call was (T.30 terms) when it ended.</param>
    public void OutboundCallEnded(FaxTryReport report, FaxCallPhase phase)
    {
        _calls.Add(
            1,
            new KeyValuePair<string, object?>("direction", "outbound"),
            new KeyValuePair<string, object?>("outcome", FaxMetricLabels.Of(report.Outcome)),
            new KeyValuePair<string, object?>("t30_phase", FaxMetricLabels.Of(phase)),
            new KeyValuePair<string, object?>("error", FaxMetricLabels.ErrorCode(report.ErrorCode)));
        foreach (var page in report.Pages)
        {
            _pages.Add(1, new KeyValuePair<string, object?>("direction", "outbound"), new KeyValuePair<string, object?>("result", FaxMetricLabels.PageResult(page)));
        }
    }

    /// <summary>The gateway stopped reporting during the call and its lease lapsed.</summary>
    public void OutboundCallLost(FaxCallPhase phase) =>
        _calls.Add(
            1,
            new KeyValuePair<string, object?>("direction", "outbound"),
            new KeyValuePair<string, object?>("outcome", FaxMetricLabels.Of(FaxCallOutcome.GatewayLost)),
            new KeyValuePair<string, object?>("t30_phase", FaxMetricLabels.Of(phase)),
            new KeyValuePair<string, object?>("error", "GATEWAY_LOST"));

    public void InboundFaxStored(int pages)
    {
        _calls.Add(
            1,
            new KeyValuePair<string, object?>("direction", "inbound"),
            new KeyValuePair<string, object?>("outcome", "success"),
            new KeyValuePair<string, object?>("t30_phase", "none"),
            new KeyValuePair<string, object?>("error", "none"));
        _pages.Add(pages, new KeyValuePair<string, object?>("direction", "inbound"), new KeyValuePair<string, object?>("result", "received"));
    }

    public void Dispose() => _meter.Dispose();
}
