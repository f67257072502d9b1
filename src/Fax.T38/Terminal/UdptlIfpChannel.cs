using System.Threading.Channels;

namespace Groupus.Fax.T38.Terminal;

/// <summary>
/// A <see cref="T38Terminal"/>'s packets over a started <see cref="UdptlSocketSession"/>: IFPs encoded in the negotiated
/// version, malformed ones dropped and counted, and gaps given up once the stream goes quiet (the far end then waits
/// for us, so no later datagram would settle them).
/// </summary>
public sealed class UdptlIfpChannel : IIfpChannel
{
    // UDPTL around a primary IFP (sequence number, lengths, an empty recovery part) and the IFP's own type and field
    // headers, generously counted.
    private const int FramingOctets = 16;

    private readonly UdptlSocketSession _session;
    private readonly UdptlSessionOptions _options;
    private readonly TimeSpan _quietGapTimeout;
    private long _malformedIfps;
    private long _lostBefore;

    /// <param name="options">The options the session was opened with (version, sender's datagram limit and redundancy).</param>
    /// <param name="quietGapTimeout">How long IFPs held behind a gap wait for it to be filled when nothing else arrives.</param>
    public UdptlIfpChannel(UdptlSocketSession session, UdptlSessionOptions options, TimeSpan? quietGapTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(options);
        _session = session;
        _options = options;
        _quietGapTimeout = quietGapTimeout ?? TimeSpan.FromMilliseconds(300);
    }

    public int MaximumFieldOctets => _options.Sender.MaximumDatagram - FramingOctets;

    public T38CallStatistics Statistics
    {
        get
        {
            var statistics = _session.Statistics;
            var sender = _options.Sender;
            return new T38CallStatistics(
                statistics.DatagramsSent,
                statistics.DatagramsReceived,
                statistics.Receive.Recovered,
                statistics.Receive.Lost,
                statistics.MalformedDropped + Interlocked.Read(ref _malformedIfps),
                sender.Mode switch
                {
                    UdptlErrorCorrectionMode.Redundancy => sender.RedundancyDepth,
                    UdptlErrorCorrectionMode.Fec => sender.FecEntries,
                    _ => 0,
                },
                statistics.LargestDatagramSent,
                sender.MaximumDatagram);
        }
    }

    public async ValueTask SendAsync(IfpPacket packet, CancellationToken cancellationToken)
    {
        if (!await _session.SendAsync(packet, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"An IFP did not fit the far end's maximum datagram of {_options.Sender.MaximumDatagram} octets.");
        }
    }

    public async ValueTask<IReadOnlyList<IfpArrival>> ReceiveAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            IReadOnlyList<ReceivedIfp> received;
            using (var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                quiet.CancelAfter(_quietGapTimeout);
                try
                {
                    received = await _session.ReceiveAsync(quiet.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    received = _session.Flush();
                }
                catch (ChannelClosedException)
                {
                    return [];
                }
            }

            var arrivals = Decode(received);
            if (arrivals.Count > 0)
            {
                return arrivals;
            }
        }
    }

    private List<IfpArrival> Decode(IReadOnlyList<ReceivedIfp> received)
    {
        // The window gives a gap up as it delivers what waited behind it: the first IFP of the batch follows the loss.
        var lost = _session.Statistics.Receive.Lost;
        var followsLoss = lost > _lostBefore;
        _lostBefore = lost;
        var arrivals = new List<IfpArrival>(received.Count);
        foreach (var ifp in received)
        {
            if (IfpCodec.TryDecode(ifp.Ifp.Span, _options.Version, out var packet, out _, allowZeroPadding: ifp.Origin == IfpOrigin.Fec))
            {
                arrivals.Add(new IfpArrival(packet!, followsLoss));
                followsLoss = false;
            }
            else
            {
                Interlocked.Increment(ref _malformedIfps);
            }
        }

        return arrivals;
    }
}
