namespace Groupus.Fax.T38.Tests.T38;

/// <summary>
/// A relay in memory between sender and receive window that drops (in bursts of two), reorders (depth 3) and duplicates
/// datagrams with fixed seeds: with redundancy 3 every IFP arrives in order, and the recovered count is exactly the
/// relay's drop log, however the drops, reorders and duplicates interleave.
/// </summary>
public sealed class LossyRelayTests
{
    [Theory]
    [InlineData(0.01, 11)]
    [InlineData(0.05, 12)]
    [InlineData(0.05, 13)]
    public void With_redundancy_3_every_ifp_arrives_and_the_recovered_count_matches_the_drop_log(double loss, int seed)
    {
        const int count = 5000;
        var sender = new UdptlSender(new UdptlSenderOptions { RedundancyDepth = 3, InitialSequenceNumber = 65530, MaximumDatagram = 1400 });
        var sent = Enumerable.Range(0, count).Select(i => Create(sender, BitConverter.GetBytes(i))).ToList();
        var (arrivals, dropped) = Relay(sent, loss, new Random(seed));
        var window = new UdptlReceiveWindow();

        var delivered = arrivals.SelectMany(datagram => window.Accept(Decode(datagram))).Concat(window.Flush()).ToList();

        Assert.True(dropped.Count > count * loss / 2, $"the relay dropped only {dropped.Count}");
        Assert.Equal(Enumerable.Range(0, count), delivered.Select(d => BitConverter.ToInt32(d.Ifp.Span)));
        Assert.Equal(Enumerable.Range(0, count).Select(i => (ushort)(65530 + i)), delivered.Select(d => d.SequenceNumber));
        Assert.Equal(dropped.Count, window.Statistics.Recovered);
        Assert.Equal(0, window.Statistics.Lost);
        Assert.True(window.Statistics.Duplicates > 0 && window.Statistics.Reordered > 0, "the relay neither duplicated nor reordered");
    }

    [Fact]
    public void Without_redundancy_the_lost_count_matches_the_drop_log_and_nothing_is_called_recovered()
    {
        const int count = 3000;
        var sender = new UdptlSender(new UdptlSenderOptions { RedundancyDepth = 0 });
        var sent = Enumerable.Range(0, count).Select(i => Create(sender, BitConverter.GetBytes(i))).ToList();
        var (arrivals, dropped) = Relay(sent, 0.05, new Random(14));
        var window = new UdptlReceiveWindow();

        var delivered = arrivals.SelectMany(datagram => window.Accept(Decode(datagram))).Concat(window.Flush()).ToList();

        Assert.Equal(count - dropped.Count, delivered.Count);
        Assert.Equal(dropped.Count, window.Statistics.Lost);
        Assert.Equal(0, window.Statistics.Recovered);
    }

    /// <summary>
    /// Drops a datagram with probability <paramref name="loss"/>/2 and then its successor too (bursts of two, about
    /// <paramref name="loss"/> overall), never more than two in a row (redundancy 3 can then always recover); moves a
    /// datagram up to 3 places later 5 % of the time; sends 2 % twice.
    /// </summary>
    private static (List<byte[]> Arrivals, HashSet<ushort> Dropped) Relay(List<UdptlDatagram> sent, double loss, Random random)
    {
        var dropped = new HashSet<ushort>();
        var kept = new List<UdptlDatagram>();
        for (int i = 0; i < sent.Count; i++)
        {
            bool previousTwoDropped = i >= 2 && dropped.Contains(sent[i - 1].SequenceNumber) && dropped.Contains(sent[i - 2].SequenceNumber);
            bool afterADroppedOne = i >= 1 && dropped.Contains(sent[i - 1].SequenceNumber) && !(i >= 2 && dropped.Contains(sent[i - 2].SequenceNumber));
            if (!previousTwoDropped && i < sent.Count - 1 && (afterADroppedOne || random.NextDouble() < loss / 2))
            {
                dropped.Add(sent[i].SequenceNumber);
                continue;
            }

            kept.Add(sent[i]);
        }

        // Each datagram is moved at most once, so none ends up more than 3 places from where it was.
        var moved = new bool[kept.Count];
        for (int i = 0; i < kept.Count; i++)
        {
            int to = Math.Min(kept.Count - 1, i + random.Next(1, 4));
            if (!moved[i] && !moved[to] && random.NextDouble() < 0.05)
            {
                (kept[i], kept[to]) = (kept[to], kept[i]);
                moved[i] = moved[to] = true;
            }
        }

        var arrivals = new List<byte[]>();
        foreach (var datagram in kept)
        {
            arrivals.Add(datagram.Bytes);
            if (random.NextDouble() < 0.02)
            {
                arrivals.Add(datagram.Bytes);
            }
        }

        return (arrivals, dropped);
    }

    private static UdptlDatagram Create(UdptlSender sender, byte[] ifp)
    {
        Assert.True(sender.TryCreate(ifp, out var datagram));
        return datagram!;
    }

    private static UdptlPacket Decode(byte[] datagram)
    {
        Assert.True(UdptlCodec.TryDecode(datagram, out var packet, out _));
        return packet!;
    }
}
