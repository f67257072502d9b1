using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Groupus.IntegrationTests.Telemetry;

/// <summary>The fax calls and pages the core's meter ("Groupus.Fax") reports while this listens, summed by direction.</summary>
internal sealed class FaxFigures : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<(string Instrument, string Direction), long> _sums = new();

    public FaxFigures()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "Groupus.Fax" && instrument.Name is "groupus.fax.calls" or "groupus.fax.pages")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var direction = string.Empty;
            foreach (var tag in tags)
            {
                if (tag.Key == "direction")
                {
                    direction = tag.Value as string ?? string.Empty;
                }
            }

            _sums.AddOrUpdate((instrument.Name, direction), value, (_, sum) => sum + value);
        });
        _listener.Start();
    }

    public long Calls(string direction) => _sums.GetValueOrDefault(("groupus.fax.calls", direction));

    public long Pages(string direction) => _sums.GetValueOrDefault(("groupus.fax.pages", direction));

    public void Dispose() => _listener.Dispose();
}
