namespace Groupus.Fax.T38.Tests.Terminal;

/// <summary>What a relay direction dropped (sequence numbers) and forwarded (payloads, in order).</summary>
public sealed class RelayLog
{
    private readonly Lock _gate = new();
    private readonly List<(ushort Sequence, byte[]? Payload)> _events = [];

    /// <summary>Sequence numbers dropped while a later datagram still went through (so the receiver could know of them).</summary>
    public IReadOnlyList<ushort> DroppedBeforeLastForwarded
    {
        get
        {
            lock (_gate)
            {
                var last = _events.FindLastIndex(e => e.Payload is not null);
                return [.. _events.Take(last + 1).Where(e => e.Payload is null).Select(e => e.Sequence)];
            }
        }
    }

    public int DroppedCount
    {
        get
        {
            lock (_gate)
            {
                return _events.Count(e => e.Payload is null);
            }
        }
    }

    public IReadOnlyList<byte[]> ForwardedPayloads
    {
        get
        {
            lock (_gate)
            {
                return [.. _events.Where(e => e.Payload is not null).Select(e => e.Payload!)];
            }
        }
    }

    public void Dropped(ushort sequence)
    {
        lock (_gate)
        {
            _events.Add((sequence, null));
        }
    }

    public void Forwarded(byte[] payload)
    {
        lock (_gate)
        {
            _events.Add((payload.Length >= 2 ? (ushort)((payload[0] << 8) | payload[1]) : (ushort)0, payload));
        }
    }
}
