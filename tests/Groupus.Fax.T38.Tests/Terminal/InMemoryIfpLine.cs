using System.Threading.Channels;
using Groupus.Fax.T38.Terminal;

namespace Groupus.Fax.T38.Tests.Terminal;

/// <summary>Two <see cref="IIfpChannel"/>s joined back to back in memory, each keeping what it sent, for terminal-to-terminal calls without sockets.</summary>
public sealed class InMemoryIfpLine
{
    public InMemoryIfpLine(int maximumFieldOctets = 384)
    {
        var aToB = Channel.CreateUnbounded<IfpPacket>();
        var bToA = Channel.CreateUnbounded<IfpPacket>();
        A = new End(aToB.Writer, bToA.Reader, maximumFieldOctets);
        B = new End(bToA.Writer, aToB.Reader, maximumFieldOctets);
    }

    public End A { get; }

    public End B { get; }

    /// <summary>Ends the line both ways, as a closed session would.</summary>
    public void Close()
    {
        A.Close();
        B.Close();
    }

    public sealed class End(ChannelWriter<IfpPacket> outgoing, ChannelReader<IfpPacket> incoming, int maximumFieldOctets) : IIfpChannel
    {
        private readonly List<IfpPacket> _sent = [];
        private long _received;

        public int MaximumFieldOctets => maximumFieldOctets;

        public IReadOnlyList<IfpPacket> Sent
        {
            get
            {
                lock (_sent)
                {
                    return [.. _sent];
                }
            }
        }

        public T38CallStatistics Statistics => new(Sent.Count, Interlocked.Read(ref _received), 0, 0, 0, 0, 0, 0);

        public ValueTask SendAsync(IfpPacket packet, CancellationToken cancellationToken)
        {
            lock (_sent)
            {
                _sent.Add(packet);
            }

            outgoing.TryWrite(packet);
            return ValueTask.CompletedTask;
        }

        public async ValueTask<IReadOnlyList<IfpArrival>> ReceiveAsync(CancellationToken cancellationToken)
        {
            if (!await incoming.WaitToReadAsync(cancellationToken))
            {
                return [];
            }

            var arrivals = new List<IfpArrival>();
            while (incoming.TryRead(out var packet))
            {
                arrivals.Add(new IfpArrival(packet));
            }

            Interlocked.Add(ref _received, arrivals.Count);
            return arrivals;
        }

        public void Close() => outgoing.TryComplete();
    }
}
