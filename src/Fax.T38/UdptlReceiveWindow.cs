namespace Groupus.Fax.T38;

/// <summary>
/// Puts received UDPTL datagrams back in order: delivers each IFP once, in sequence order (modulo 2^16), fills gaps from
/// redundancy or parity FEC, holds at most a bounded number of later datagrams while waiting for a reordered one and
/// then counts the gap lost.
/// Duplicates and stale datagrams are dropped. Memory is bounded: a few hundred IFPs at most. No I/O, no clock: the
/// session calls <see cref="Flush"/> when the stream goes quiet.
/// </summary>
public sealed class UdptlReceiveWindow
{
    private const int RememberedSequenceNumbers = 256;
    private const int MaximumFecReach = 128;
    private const int RememberedFecDatagrams = 8;

    private readonly UdptlReceiveWindowOptions _options;
    private readonly Dictionary<ushort, ReceivedIfp> _pending = [];
    private readonly Dictionary<ushort, ReadOnlyMemory<byte>> _delivered = [];
    private readonly Queue<ushort> _deliveredOrder = new();
    private readonly HashSet<ushort> _recoveredRecently = [];
    private readonly Queue<ushort> _recoveredOrder = new();
    private readonly Queue<(ushort SequenceNumber, UdptlFec Fec)> _fec = new();
    private bool _started;
    private ushort _first;
    private ushort _expected;
    private int _fecReach;
    private long _datagrams;
    private long _deliveredCount;
    private long _recovered;
    private long _lost;
    private long _duplicates;
    private long _reordered;
    private long _late;
    private long _restarts;

    public UdptlReceiveWindow(UdptlReceiveWindowOptions? options = null)
    {
        _options = options ?? new UdptlReceiveWindowOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(_options.ReorderDepth);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(_options.ReorderDepth, MaximumFecReach);
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaximumJump, _options.ReorderDepth);
    }

    public UdptlReceiveStatistics Statistics =>
        new(_datagrams, _deliveredCount, _recovered, _lost, _duplicates, _reordered, _late, _restarts);

    /// <summary>The sequence number of the next IFP to deliver (meaningful once a datagram has arrived).</summary>
    public ushort Expected => _expected;

    /// <summary>Takes one decoded datagram; returns the IFPs that are now deliverable, in order.</summary>
    public IReadOnlyList<ReceivedIfp> Accept(UdptlPacket packet)
    {
        _datagrams++;
        var output = new List<ReceivedIfp>();
        ushort sequenceNumber = packet.SequenceNumber;
        if (!_started)
        {
            // The first datagram's redundant copies are IFPs that were sent before it: the stream starts with them.
            int earlier = packet.ErrorRecovery is UdptlRedundancy redundancy ? redundancy.SecondaryIfps.Count : 0;
            _started = true;
            _first = UdptlSequence.Add(sequenceNumber, -earlier);
            _expected = _first;
        }

        int distance = UdptlSequence.Distance(_expected, sequenceNumber);
        if (Math.Abs(distance) > _options.MaximumJump)
        {
            Restart(sequenceNumber, output);
            distance = 0;
        }

        if (distance < 0)
        {
            ClassifyOld(sequenceNumber);
            return output;
        }

        if (_pending.TryGetValue(sequenceNumber, out var waiting))
        {
            if (waiting.Origin == IfpOrigin.Primary)
            {
                _duplicates++;
                return output;
            }

            ForgetRecovery(sequenceNumber);
        }

        _pending[sequenceNumber] = new ReceivedIfp(sequenceNumber, packet.PrimaryIfp, IfpOrigin.Primary);
        Recover(packet);
        Deliver(output);
        GiveUpStaleGaps(output);
        return output;
    }

    /// <summary>Gives up every gap and delivers everything held back (the stream went quiet or ended).</summary>
    public IReadOnlyList<ReceivedIfp> Flush()
    {
        var output = new List<ReceivedIfp>();
        while (_pending.Count > 0)
        {
            SkipToNextPending();
            Deliver(output);
        }

        return output;
    }

    private void Restart(ushort sequenceNumber, List<ReceivedIfp> output)
    {
        output.AddRange(Flush());
        _restarts++;
        _first = sequenceNumber;
        _expected = sequenceNumber;
        _fec.Clear();
        _delivered.Clear();
        _deliveredOrder.Clear();
    }

    private void ClassifyOld(ushort sequenceNumber)
    {
        if (_recoveredRecently.Contains(sequenceNumber))
        {
            ForgetRecovery(sequenceNumber);
        }
        else if (_delivered.ContainsKey(sequenceNumber))
        {
            _duplicates++;
        }
        else
        {
            _late++;
        }
    }

    /// <summary>The original of a recovered IFP arrived after all: it was reordered, not lost.</summary>
    private void ForgetRecovery(ushort sequenceNumber)
    {
        _recoveredRecently.Remove(sequenceNumber);
        _recovered--;
        _reordered++;
    }

    private void Recover(UdptlPacket packet)
    {
        switch (packet.ErrorRecovery)
        {
            case UdptlRedundancy redundancy:
                for (int k = 0; k < redundancy.SecondaryIfps.Count; k++)
                {
                    ushort sequenceNumber = UdptlSequence.Add(packet.SequenceNumber, -1 - k);
                    if (IsMissing(sequenceNumber) && !redundancy.SecondaryIfps[k].IsEmpty)
                    {
                        AddRecovered(new ReceivedIfp(sequenceNumber, redundancy.SecondaryIfps[k], IfpOrigin.Redundancy));
                    }
                }

                break;
            case UdptlFec fec when fec.Entries.Count > 0:
                _fecReach = Math.Max(_fecReach, Math.Min(fec.Span * fec.Entries.Count, MaximumFecReach));
                _fec.Enqueue((packet.SequenceNumber, fec));
                if (_fec.Count > RememberedFecDatagrams)
                {
                    _fec.Dequeue();
                }

                RecoverFromFec();
                break;
        }
    }

    private void RecoverFromFec()
    {
        bool progress = true;
        while (progress)
        {
            progress = false;
            foreach (var (sequenceNumber, fec) in _fec)
            {
                int entries = fec.Entries.Count;
                for (int m = 0; m < entries; m++)
                {
                    progress |= TryRecoverFromEntry(sequenceNumber, fec.Span, entries, m, fec.Entries[m]);
                }
            }
        }
    }

    private bool TryRecoverFromEntry(ushort sequenceNumber, int span, int entries, int m, ReadOnlyMemory<byte> parity)
    {
        var known = new List<ReadOnlyMemory<byte>> { parity };
        ushort? unknown = null;
        for (int k = 1; k <= span; k++)
        {
            ushort covered = UdptlSequence.Add(sequenceNumber, m - (k * entries));
            if (UdptlSequence.Distance(_first, covered) < 0)
            {
                continue; // before the stream started: the sender XORed nothing for it
            }

            if (_pending.TryGetValue(covered, out var pending))
            {
                known.Add(pending.Ifp);
            }
            else if (_delivered.TryGetValue(covered, out var delivered))
            {
                known.Add(delivered);
            }
            else if (unknown is null && IsMissing(covered))
            {
                unknown = covered;
            }
            else
            {
                return false; // two unknowns, or one we no longer hold: parity cannot help
            }
        }

        if (unknown is null)
        {
            return false;
        }

        byte[] rebuilt = Parity.Xor(known);
        if (rebuilt.Length == 0)
        {
            return false;
        }

        AddRecovered(new ReceivedIfp(unknown.Value, rebuilt, IfpOrigin.Fec));
        return true;
    }

    /// <summary>Not yet delivered, not held, and not behind the point of delivery.</summary>
    private bool IsMissing(ushort sequenceNumber) =>
        UdptlSequence.Distance(_expected, sequenceNumber) >= 0 && !_pending.ContainsKey(sequenceNumber);

    private void AddRecovered(ReceivedIfp ifp)
    {
        _pending[ifp.SequenceNumber] = ifp;
        _recovered++;
        _recoveredRecently.Add(ifp.SequenceNumber);
        _recoveredOrder.Enqueue(ifp.SequenceNumber);
        if (_recoveredOrder.Count > RememberedSequenceNumbers)
        {
            _recoveredRecently.Remove(_recoveredOrder.Dequeue());
        }
    }

    private void Deliver(List<ReceivedIfp> output)
    {
        while (_pending.Remove(_expected, out var ifp))
        {
            output.Add(ifp);
            _deliveredCount++;
            _delivered[_expected] = ifp.Ifp;
            _deliveredOrder.Enqueue(_expected);
            if (_deliveredOrder.Count > RememberedSequenceNumbers)
            {
                _delivered.Remove(_deliveredOrder.Dequeue());
            }

            _expected = UdptlSequence.Add(_expected, 1);
        }
    }

    private void GiveUpStaleGaps(List<ReceivedIfp> output)
    {
        int depth = Math.Max(_options.ReorderDepth, _fecReach);
        while (_pending.Values.Count(ifp => ifp.Origin == IfpOrigin.Primary) > depth)
        {
            SkipToNextPending();
            Deliver(output);
        }
    }

    private void SkipToNextPending()
    {
        int gap = _pending.Keys.Min(key => UdptlSequence.Distance(_expected, key));
        _lost += gap;
        _expected = UdptlSequence.Add(_expected, gap);
    }
}
