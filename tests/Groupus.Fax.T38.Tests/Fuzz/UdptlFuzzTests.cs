namespace Groupus.Fax.T38.Tests.Fuzz;

/// <summary>
/// Fuzzing with fixed seeds: the UDPTL and IFP decoders fed damaged valid datagrams (bit flips, truncations, duplicated
/// and deleted spans, huge and fragmented length octets) and random bytes must refuse or accept them without throwing and
/// allocate in proportion to the datagram; the receive window fed sequence jumps must never deliver an IFP twice.
/// </summary>
public sealed class UdptlFuzzTests
{
    // Decoding copies at most the datagram's octets (primary, secondaries) plus small lists and records.
    private const long AllocationAllowancePerDecode = 16 * 1024;

    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [Fact]
    public void Damaged_datagrams_decode_or_are_refused_without_throwing_within_bounded_memory() => RunWithin(() =>
    {
        var valid = ValidDatagrams();
        var random = new Random(3801);
        for (int i = 0; i < 20000; i++)
        {
            DecodeChecked(Mutate(valid[i % valid.Count], random));
        }
    });

    [Fact]
    public void Random_bytes_decode_or_are_refused_without_throwing() => RunWithin(() =>
    {
        var random = new Random(3802);
        for (int i = 0; i < 10000; i++)
        {
            var data = new byte[random.Next(0, 1500)];
            random.NextBytes(data);
            DecodeChecked(data);
        }
    });

    [Fact]
    public void A_receive_window_fed_sequence_jumps_duplicates_and_losses_delivers_in_strictly_increasing_order() => RunWithin(() =>
    {
        var random = new Random(3803);
        var window = new UdptlReceiveWindow();
        ushort? lastDelivered = null;
        long restarts = 0;
        ushort sequenceNumber = 65500;
        for (int i = 0; i < 20000; i++)
        {
            sequenceNumber = random.Next(10) switch
            {
                0 => (ushort)random.Next(65536), // a wild jump
                1 => (ushort)(sequenceNumber - random.Next(1, 40)), // late or duplicate
                2 => (ushort)(sequenceNumber + random.Next(2, 6)), // loss
                _ => (ushort)(sequenceNumber + 1),
            };
            var secondaries = Enumerable.Range(0, random.Next(0, 4)).Select(k => (ReadOnlyMemory<byte>)new byte[] { (byte)k, 0x04 }).ToArray();
            var delivered = window.Accept(new UdptlPacket(sequenceNumber, new byte[] { 0x04 }, new UdptlRedundancy(secondaries)));
            bool restarted = window.Statistics.Restarts != restarts;
            restarts = window.Statistics.Restarts;
            foreach (var ifp in delivered)
            {
                // Across a restart the old stream is flushed first, then the new one starts anywhere.
                if (lastDelivered is { } last && !(restarted && UdptlSequence.Distance(last, ifp.SequenceNumber) <= 0))
                {
                    Assert.True(UdptlSequence.Distance(last, ifp.SequenceNumber) > 0, $"{ifp.SequenceNumber} delivered after {last}");
                }

                lastDelivered = ifp.SequenceNumber;
            }
        }

        var statistics = window.Statistics;
        Assert.Equal(20000, statistics.Datagrams);
        Assert.True(statistics.Restarts > 0 && statistics.Duplicates + statistics.Late > 0 && statistics.Recovered > 0);
    });

    private static void DecodeChecked(byte[] datagram)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        if (UdptlCodec.TryDecode(datagram, out var packet, out var error))
        {
            var ifps = new List<ReadOnlyMemory<byte>> { packet!.PrimaryIfp };
            if (packet.ErrorRecovery is UdptlRedundancy redundancy)
            {
                ifps.AddRange(redundancy.SecondaryIfps);
            }

            foreach (var ifp in ifps)
            {
                for (int version = 0; version <= 3; version++)
                {
                    if (!IfpCodec.TryDecode(ifp.Span, version, out var decoded, out var ifpError))
                    {
                        Assert.NotNull(ifpError);
                    }
                    else
                    {
                        Assert.NotNull(decoded);
                    }
                }
            }
        }
        else
        {
            Assert.NotNull(error);
            Assert.Null(packet);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        long allowance = AllocationAllowancePerDecode + (16L * datagram.Length);
        Assert.True(allocated < allowance, $"{allocated} bytes allocated decoding a datagram of {datagram.Length} octets");
    }

    private static List<byte[]> ValidDatagrams()
    {
        var ifps = new IfpPacket[]
        {
            new IfpIndicator(T30IndicatorType.Cng),
            new IfpIndicator(T30IndicatorType.V33_14400Training),
            new IfpData(T30DataType.V21, [new IfpField(T38FieldType.HdlcData, new byte[] { 0xFF, 0xC8, 0x01, 0x00 }), new IfpField(T38FieldType.HdlcFcsOk)]),
            new IfpData(T30DataType.V17_14400, [new IfpField(T38FieldType.T4NonEcmData, new byte[120]), new IfpField(T38FieldType.T4NonEcmSigEnd)]),
            new IfpData(T30DataType.V8, [new IfpField(T38FieldType.CmMessage, new byte[] { 0x01, 0x02 })]),
        };
        var datagrams = new List<byte[]>();
        foreach (var mode in Enum.GetValues<UdptlErrorCorrectionMode>())
        {
            var sender = new UdptlSender(new UdptlSenderOptions { Mode = mode, InitialSequenceNumber = 65530, MaximumDatagram = 1400 });
            foreach (var ifp in ifps.Concat(ifps))
            {
                Assert.True(sender.TryCreate(IfpCodec.Encode(ifp, 3), out var datagram));
                datagrams.Add(datagram!.Bytes);
            }
        }

        return datagrams;
    }

    private static byte[] Mutate(byte[] valid, Random random)
    {
        var data = (byte[])valid.Clone();
        int damages = random.Next(1, 4);
        for (int d = 0; d < damages && data.Length > 1; d++)
        {
            switch (random.Next(6))
            {
                case 0:
                    for (int k = random.Next(1, 9); k > 0; k--)
                    {
                        data[random.Next(data.Length)] ^= (byte)(1 << random.Next(8));
                    }

                    break;
                case 1:
                    data = data[..random.Next(data.Length)];
                    break;
                case 2:
                    {
                        int start = random.Next(data.Length);
                        int length = random.Next(1, data.Length - start + 1);
                        int at = random.Next(data.Length + 1);
                        data = [.. data[..at], .. data.AsSpan(start, length), .. data[at..]];
                        break;
                    }

                case 3:
                    {
                        int start = random.Next(data.Length);
                        int length = random.Next(1, data.Length - start + 1);
                        data = [.. data[..start], .. data[(start + length)..]];
                        break;
                    }

                case 4:
                    // A huge, fragmented or "negative" (top bit set) length where a length octet may be.
                    data[random.Next(data.Length)] = (byte)(random.Next(4) switch { 0 => 0x7F, 1 => 0xBF, 2 => 0xC4, _ => 0xFF });
                    break;
                default:
                    // A sequence jump.
                    data[0] = (byte)random.Next(256);
                    break;
            }
        }

        return data;
    }

    private static void RunWithin(Action body)
    {
        var task = Task.Factory.StartNew(body, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        Assert.True(task.Wait(Limit), $"the fuzz loop did not finish within {Limit.TotalSeconds} s: a decoder hangs");
        task.GetAwaiter().GetResult();
    }
}
