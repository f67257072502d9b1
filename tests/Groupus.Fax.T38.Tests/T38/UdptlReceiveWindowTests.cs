namespace Groupus.Fax.T38.Tests.T38;

public sealed class UdptlReceiveWindowTests
{
    [Fact]
    public void Delivers_in_order_across_the_wrap_from_65530()
    {
        var (window, datagrams) = Stream(start: 65530, count: 12, depth: 0);

        var delivered = datagrams.SelectMany(d => window.Accept(d)).ToList();

        Assert.Equal(Enumerable.Range(0, 12).Select(i => (ushort)(65530 + i)), delivered.Select(d => d.SequenceNumber));
        Assert.Equal(Enumerable.Range(0, 12).Select(i => (byte)i), delivered.Select(d => d.Ifp.Span[0]));
        Assert.Equal(0, window.Statistics.Lost);
    }

    [Fact]
    public void The_redundant_copies_in_the_first_datagram_start_the_stream_so_a_lost_first_datagram_is_recovered()
    {
        var (window, datagrams) = Stream(start: 65534, count: 4, depth: 3);

        var delivered = datagrams.Skip(2).SelectMany(d => window.Accept(d)).ToList();

        Assert.Equal(new ushort[] { 65534, 65535, 0, 1 }, delivered.Select(d => d.SequenceNumber));
        Assert.Equal(2, window.Statistics.Recovered);
    }

    [Fact]
    public void Duplicates_are_dropped_and_counted()
    {
        var (window, datagrams) = Stream(start: 65534, count: 4, depth: 0);

        var delivered = new[] { 0, 0, 1, 2, 1, 3, 3 }.SelectMany(i => window.Accept(datagrams[i])).ToList();

        Assert.Equal(4, delivered.Count);
        Assert.Equal(3, window.Statistics.Duplicates);
    }

    [Fact]
    public void Reordered_datagrams_without_redundancy_are_held_back_and_delivered_in_order()
    {
        var (window, datagrams) = Stream(start: 100, count: 6, depth: 0);

        var delivered = new[] { 0, 2, 3, 1, 5, 4 }.SelectMany(i => window.Accept(datagrams[i])).ToList();

        Assert.Equal(Enumerable.Range(100, 6).Select(i => (ushort)i), delivered.Select(d => d.SequenceNumber));
        Assert.All(delivered, d => Assert.Equal(IfpOrigin.Primary, d.Origin));
        Assert.Equal(0, window.Statistics.Lost);
    }

    [Fact]
    public void A_gap_is_given_up_as_lost_once_more_datagrams_than_the_reorder_depth_wait_behind_it()
    {
        var (window, datagrams) = Stream(start: 65533, count: 8, depth: 0);

        // 65534 and 65535 never arrive; with a reorder depth of 3 the gap is held open while 0, 1 and 2 wait,
        // and given up when a fourth later datagram (3) arrives.
        var whileWaiting = new[] { 0, 3, 4, 5 }.SelectMany(i => window.Accept(datagrams[i])).ToList();
        var delivered = whileWaiting.Concat(window.Accept(datagrams[6])).ToList();

        Assert.Equal(new ushort[] { 65533 }, whileWaiting.Select(d => d.SequenceNumber));
        Assert.Equal(new ushort[] { 65533, 0, 1, 2, 3 }, delivered.Select(d => d.SequenceNumber));
        Assert.Equal(2, window.Statistics.Lost);
        Assert.Equal(0, window.Statistics.Recovered);
    }

    [Fact]
    public void Redundancy_fills_a_loss_at_once_and_counts_it_recovered()
    {
        var (window, datagrams) = Stream(start: 65530, count: 10, depth: 3);
        int[] dropped = [2, 3, 7]; // 65532, 65533 and 1: bursts of two and one

        var delivered = Enumerable.Range(0, 10).Where(i => !dropped.Contains(i)).SelectMany(i => window.Accept(datagrams[i])).ToList();

        Assert.Equal(Enumerable.Range(0, 10).Select(i => (ushort)(65530 + i)), delivered.Select(d => d.SequenceNumber));
        Assert.Equal(Enumerable.Range(0, 10).Select(i => (byte)i), delivered.Select(d => d.Ifp.Span[0]));
        Assert.Equal(dropped.Length, window.Statistics.Recovered);
        Assert.Equal(dropped.Select(i => (ushort)(65530 + i)), delivered.Where(d => d.Origin == IfpOrigin.Redundancy).Select(d => d.SequenceNumber));
        Assert.Equal(0, window.Statistics.Lost);
    }

    [Fact]
    public void An_original_that_arrives_after_its_redundant_copy_was_used_counts_as_reordered_not_recovered()
    {
        var (window, datagrams) = Stream(start: 5, count: 4, depth: 2);

        var delivered = new[] { 0, 2, 1, 3 }.SelectMany(i => window.Accept(datagrams[i])).ToList();

        Assert.Equal(4, delivered.Count);
        Assert.Equal(0, window.Statistics.Recovered);
        Assert.Equal(1, window.Statistics.Reordered);
    }

    [Fact]
    public void Parity_fec_rebuilds_a_lost_ifp()
    {
        var sender = new UdptlSender(new UdptlSenderOptions { Mode = UdptlErrorCorrectionMode.Fec, FecSpan = 3, FecEntries = 1, InitialSequenceNumber = 65533 });
        var ifps = Enumerable.Range(0, 8).Select(i => IfpCodec.Encode(new IfpData(T30DataType.V17_14400, [new IfpField(T38FieldType.T4NonEcmData, Enumerable.Repeat((byte)(i + 1), 3 + i).ToArray())]), 0)).ToList();
        var datagrams = ifps.Select(ifp => Decode(Create(sender, ifp))).ToList();
        var window = new UdptlReceiveWindow();

        var delivered = Enumerable.Range(0, 8).Where(i => i != 4).SelectMany(i => window.Accept(datagrams[i])).ToList();

        Assert.Equal(8, delivered.Count);
        var rebuilt = Assert.Single(delivered, d => d.Origin == IfpOrigin.Fec);
        Assert.Equal((ushort)1, rebuilt.SequenceNumber);
        Assert.True(IfpCodec.TryDecode(rebuilt.Ifp.Span, 0, out var packet, out _, allowZeroPadding: true));
        Assert.True(IfpCodec.TryDecode(ifps[4], 0, out var original, out _));
        Assert.Equal(original, packet);
        Assert.Equal(1, window.Statistics.Recovered);
        Assert.Equal(0, window.Statistics.Lost);
    }

    [Fact]
    public void A_wild_jump_restarts_the_stream_instead_of_counting_thousands_lost()
    {
        var window = new UdptlReceiveWindow();
        window.Accept(new UdptlPacket(10, new byte[] { 1 }, UdptlRedundancy.None));

        var delivered = window.Accept(new UdptlPacket(30000, new byte[] { 2 }, UdptlRedundancy.None));

        Assert.Equal((ushort)30000, Assert.Single(delivered).SequenceNumber);
        Assert.Equal(1, window.Statistics.Restarts);
        Assert.Equal(0, window.Statistics.Lost);
    }

    [Fact]
    public void Flush_gives_up_open_gaps_and_delivers_what_was_held_back()
    {
        var window = new UdptlReceiveWindow(new UdptlReceiveWindowOptions { ReorderDepth = 10 });
        window.Accept(new UdptlPacket(1, new byte[] { 1 }, UdptlRedundancy.None));
        Assert.Empty(window.Accept(new UdptlPacket(3, new byte[] { 3 }, UdptlRedundancy.None)));

        var flushed = window.Flush();

        Assert.Equal((ushort)3, Assert.Single(flushed).SequenceNumber);
        Assert.Equal(1, window.Statistics.Lost);
    }

    /// <summary>IFP i is one octet of value i, sent with the given redundancy depth.</summary>
    private static (UdptlReceiveWindow Window, List<UdptlPacket> Datagrams) Stream(ushort start, int count, int depth)
    {
        var sender = new UdptlSender(new UdptlSenderOptions { RedundancyDepth = depth, InitialSequenceNumber = start });
        var datagrams = Enumerable.Range(0, count).Select(i => Decode(Create(sender, [(byte)i]))).ToList();
        return (new UdptlReceiveWindow(), datagrams);
    }

    private static UdptlDatagram Create(UdptlSender sender, byte[] ifp)
    {
        Assert.True(sender.TryCreate(ifp, out var datagram));
        return datagram!;
    }

    private static UdptlPacket Decode(UdptlDatagram datagram)
    {
        Assert.True(UdptlCodec.TryDecode(datagram.Bytes, out var packet, out _));
        return packet!;
    }
}
