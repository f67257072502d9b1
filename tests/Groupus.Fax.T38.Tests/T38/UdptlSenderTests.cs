namespace Groupus.Fax.T38.Tests.T38;

public sealed class UdptlSenderTests
{
    [Fact]
    public void Redundancy_repeats_the_previous_ifps_most_recent_first()
    {
        var sender = new UdptlSender(new UdptlSenderOptions { RedundancyDepth = 2, InitialSequenceNumber = 10 });
        var datagrams = Enumerable.Range(1, 4).Select(i => Send(sender, Ifp(i, 5))).ToList();

        var last = Decode(datagrams[^1]);
        Assert.Equal(13, last.SequenceNumber);
        var secondaries = ((UdptlRedundancy)last.ErrorRecovery).SecondaryIfps;
        Assert.Equal([Ifp(3, 5), Ifp(2, 5)], secondaries.Select(s => s.ToArray()));
        Assert.Equal([0, 1, 2, 2], datagrams.Select(d => d.RecoveryEntries));
    }

    [Fact]
    public void Redundant_entries_shrink_before_a_datagram_would_exceed_the_far_ends_maximum()
    {
        const int maximum = 160;
        var sender = new UdptlSender(new UdptlSenderOptions { RedundancyDepth = 3, MaximumDatagram = maximum });

        // Each IFP is 50 octets: primary (1 + 50) + header (2) + choice/count (2) = 55, each secondary adds 51.
        var datagrams = Enumerable.Range(1, 6).Select(i => Send(sender, Ifp(i, 50))).ToList();

        Assert.All(datagrams, d => Assert.True(d.Bytes.Length <= maximum, $"{d.Bytes.Length} > {maximum}"));
        Assert.Equal([0, 1, 2, 2, 2, 2], datagrams.Select(d => d.RecoveryEntries));
        Assert.Equal(2, ((UdptlRedundancy)Decode(datagrams[^1]).ErrorRecovery).SecondaryIfps.Count);
    }

    [Fact]
    public void An_ifp_that_cannot_fit_even_alone_is_refused_without_using_a_sequence_number()
    {
        var sender = new UdptlSender(new UdptlSenderOptions { MaximumDatagram = 100 });

        Assert.False(sender.TryCreate(Ifp(1, 120), out var datagram));
        Assert.Null(datagram);
        Assert.Equal(0, sender.NextSequenceNumber);
        Assert.Equal(0, Decode(Send(sender, Ifp(2, 10))).SequenceNumber);
    }

    [Theory]
    [InlineData(null, UdptlDatagramLimit.Default)]
    [InlineData(0, UdptlDatagramLimit.Default)]
    [InlineData(-5, UdptlDatagramLimit.Default)]
    [InlineData(12, UdptlDatagramLimit.Default)]
    [InlineData(1_000_000, UdptlDatagramLimit.Default)]
    [InlineData(72, 72)]
    [InlineData(160, 160)]
    [InlineData(1400, 1400)]
    [InlineData(65507, 65507)]
    public void A_missing_zero_or_absurd_stated_maximum_datagram_is_replaced_by_the_default(int? stated, int expected) =>
        Assert.Equal(expected, UdptlDatagramLimit.Resolve(stated));

    [Fact]
    public void Sequence_numbers_wrap_from_65535_to_0()
    {
        var sender = new UdptlSender(new UdptlSenderOptions { InitialSequenceNumber = 65534 });

        var numbers = Enumerable.Range(0, 4).Select(i => Decode(Send(sender, Ifp(i, 3))).SequenceNumber).ToArray();

        Assert.Equal(new ushort[] { 65534, 65535, 0, 1 }, numbers);
    }

    [Fact]
    public void Fec_entries_are_the_xor_of_the_covered_earlier_ifps()
    {
        var sender = new UdptlSender(new UdptlSenderOptions { Mode = UdptlErrorCorrectionMode.Fec, FecSpan = 2, FecEntries = 2 });
        var ifps = new[] { new byte[] { 0x01 }, new byte[] { 0x02, 0x20 }, new byte[] { 0x04 }, new byte[] { 0x08, 0x80, 0x01 }, new byte[] { 0x10 } };
        UdptlDatagram last = null!;
        foreach (var ifp in ifps)
        {
            last = Send(sender, ifp);
        }

        // Packet 4: entry m covers 4 + m - 2k, k = 1..2 → entry 0: {2, 0}, entry 1: {3, 1}.
        var fec = (UdptlFec)Decode(last).ErrorRecovery;
        Assert.Equal(2, fec.Span);
        Assert.Equal(new byte[] { 0x04 ^ 0x01 }, fec.Entries[0].ToArray());
        Assert.Equal(new byte[] { 0x08 ^ 0x02, 0x80 ^ 0x20, 0x01 }, fec.Entries[1].ToArray());
    }

    internal static byte[] Ifp(int marker, int length) => Enumerable.Repeat((byte)marker, length).ToArray();

    private static UdptlDatagram Send(UdptlSender sender, byte[] ifp)
    {
        Assert.True(sender.TryCreate(ifp, out var datagram));
        return datagram!;
    }

    private static UdptlPacket Decode(UdptlDatagram datagram)
    {
        Assert.True(UdptlCodec.TryDecode(datagram.Bytes, out var packet, out var error), error?.Detail);
        return packet!;
    }
}
