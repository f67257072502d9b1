using System.Collections.Concurrent;

namespace Groupus.Application.Fax.Gateway.Links;

/// <summary>The gateways connected to this node, their lines and what each line is doing.</summary>
public sealed class FaxGatewayRegistry(TimeProvider clock)
{
    private readonly ConcurrentDictionary<Guid, ConnectedGateway> _gateways = new();

    /// <summary>A gateway's new link replaces its old one (a reconnect can beat the old link's close).</summary>
    public void Connect(IFaxGatewayConnection connection, IEnumerable<(string LineId, bool CanSend)> lines) =>
        _gateways[connection.GatewayId] = new ConnectedGateway(connection, lines.ToDictionary(l => l.LineId, l => new LineSlot(l.CanSend, clock), StringComparer.Ordinal));

    public void Disconnect(IFaxGatewayConnection connection)
    {
        if (_gateways.TryGetValue(connection.GatewayId, out var gateway) && ReferenceEquals(gateway.Connection, connection))
        {
            _gateways.TryRemove(KeyValuePair.Create(connection.GatewayId, gateway));
        }
    }

    public bool IsConnected(IFaxGatewayConnection connection) =>
        _gateways.TryGetValue(connection.GatewayId, out var gateway) && ReferenceEquals(gateway.Connection, connection);

    public void SetLineStatus(Guid gatewayId, string lineId, FaxLineStatus status)
    {
        if (_gateways.TryGetValue(gatewayId, out var gateway) && gateway.Lines.TryGetValue(lineId, out var line))
        {
            line.Status = status;
        }
    }

    /// <summary>Lines free to place a call, in a fair order.</summary>
    public IReadOnlyList<(IFaxGatewayConnection Connection, string LineId)> IdleSendingLines() =>
        _gateways.Values
            .SelectMany(g => g.Lines.Where(l => l.Value.CanSend && l.Value.Status == FaxLineStatus.Idle).Select(l => (g.Connection, l.Key, l.Value.IdleSinceTicks)))
            .OrderBy(l => l.IdleSinceTicks)
            .Select(l => (l.Connection, l.Key))
            .ToList();

    /// <summary>Every line of every connected gateway and its status, for the metrics.</summary>
    public IEnumerable<(Guid GatewayId, FaxLineStatus Status)> LineStatuses() =>
        _gateways.Values.SelectMany(g => g.Lines.Values.Select(l => (g.Connection.GatewayId, l.Status)));

    public IEnumerable<Guid> ConnectedGateways() => _gateways.Keys;

    public IFaxGatewayConnection? ConnectionOf(Guid gatewayId) => _gateways.TryGetValue(gatewayId, out var gateway) ? gateway.Connection : null;

    private sealed record ConnectedGateway(IFaxGatewayConnection Connection, Dictionary<string, LineSlot> Lines);

    private sealed class LineSlot(bool canSend, TimeProvider clock)
    {
        private FaxLineStatus _status = FaxLineStatus.Busy;

        public bool CanSend { get; } = canSend;

        public long IdleSinceTicks { get; private set; }

        public FaxLineStatus Status
        {
            get => _status;
            set
            {
                if (value == FaxLineStatus.Idle && _status != FaxLineStatus.Idle)
                {
                    IdleSinceTicks = clock.GetTimestamp();
                }

                _status = value;
            }
        }
    }
}
