namespace Groupus.Fax.T38;

/// <summary>
/// Builds the outgoing UDPTL datagrams of one session: numbers them, adds redundancy or parity FEC from the IFPs sent
/// before, and drops recovery entries (oldest first) until the datagram fits the far end's maximum. No I/O.
/// </summary>
public sealed class UdptlSender
{
    private readonly UdptlSenderOptions _options;
    private readonly LinkedList<ReadOnlyMemory<byte>> _history = new(); // most recent first
    private readonly int _historyLength;
    private ushort _next;

    public UdptlSender(UdptlSenderOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.RedundancyDepth);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.RedundancyDepth, UdptlCodec.MaximumEntries);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.FecSpan, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.FecSpan, UdptlCodec.MaximumFecSpan);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.FecEntries, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.FecEntries, UdptlCodec.MaximumEntries);
        _options = options;
        _next = options.InitialSequenceNumber;
        _historyLength = options.Mode == UdptlErrorCorrectionMode.Fec ? options.FecSpan * options.FecEntries : options.RedundancyDepth;
    }

    public ushort NextSequenceNumber => _next;

    /// <summary>
    /// The datagram for <paramref name="ifp"/>, or false when the IFP alone does not fit the maximum datagram (the
    /// caller must send smaller IFPs). A refused IFP uses no sequence number.
    /// </summary>
    public bool TryCreate(ReadOnlyMemory<byte> ifp, out UdptlDatagram? datagram)
    {
        if (ifp.IsEmpty)
        {
            throw new ArgumentException("An IFP has at least one octet.", nameof(ifp));
        }

        datagram = null;
        int entries = _options.Mode switch
        {
            UdptlErrorCorrectionMode.Redundancy => Math.Min(_options.RedundancyDepth, _history.Count),
            UdptlErrorCorrectionMode.Fec => _options.FecEntries,
            _ => 0,
        };

        for (; entries >= 0; entries--)
        {
            byte[] bytes = UdptlCodec.Encode(new UdptlPacket(_next, ifp, Recovery(entries)));
            if (bytes.Length <= _options.MaximumDatagram)
            {
                datagram = new UdptlDatagram(_next, bytes, entries);
                break;
            }
        }

        if (datagram is null)
        {
            return false;
        }

        _history.AddFirst(ifp.ToArray());
        if (_history.Count > _historyLength)
        {
            _history.RemoveLast();
        }

        _next = UdptlSequence.Add(_next, 1);
        return true;
    }

    private UdptlErrorRecovery Recovery(int entries) => _options.Mode switch
    {
        UdptlErrorCorrectionMode.Redundancy => new UdptlRedundancy(_history.Take(entries).ToArray()),
        UdptlErrorCorrectionMode.Fec when entries > 0 => new UdptlFec(_options.FecSpan, FecEntries(entries)),
        _ => UdptlRedundancy.None,
    };

    /// <summary>Entry m XORs the IFPs sent m - k * entries packets ago relative to the next one (k = 1..span) that exist.</summary>
    private ReadOnlyMemory<byte>[] FecEntries(int entries)
    {
        var history = _history.ToArray(); // history[i] is sequence number next - 1 - i
        var result = new ReadOnlyMemory<byte>[entries];
        for (int m = 0; m < entries; m++)
        {
            var covered = new List<ReadOnlyMemory<byte>>();
            for (int k = 1; k <= _options.FecSpan; k++)
            {
                int age = (k * entries) - m - 1; // index into history
                if (age >= 0 && age < history.Length)
                {
                    covered.Add(history[age]);
                }
            }

            result[m] = Parity.Xor(covered);
        }

        return result;
    }
}
