using System.Net;
using System.Net.Sockets;
using Groupus.Fax.T38.Tests.Support;

namespace Groupus.Fax.T38.Tests.T38;

/// <summary>
/// What we put on the wire, decoded by Wireshark's independent T.38 dissector (tshark): no malformed frames, no
/// error-level expert info, and the sequence numbers and T.38 types as we sent them.
/// </summary>
public sealed class TsharkWireTests : IDisposable
{
    private const int Port = 40038;

    // A DIS frame (address, control, FCF and FIF) in T.38 bit order: each T.30 octet bit-reversed, no FCS.
    private static readonly byte[] Dis = [0xFF, 0xC8, 0x01, 0x00, 0x77, 0x1F, 0x01, 0x01, 0x89, 0x01, 0x01, 0x01, 0x18];

    private readonly string _directory = Directory.CreateTempSubdirectory("groupus-t38-").FullName;

    public static TheoryData<int, UdptlErrorCorrectionMode> Versions => new()
    {
        { 0, UdptlErrorCorrectionMode.Redundancy },
        { 1, UdptlErrorCorrectionMode.Redundancy },
        { 2, UdptlErrorCorrectionMode.Fec },
        { 3, UdptlErrorCorrectionMode.Redundancy },
        { 3, UdptlErrorCorrectionMode.Fec },
    };

    [Theory]
    [MemberData(nameof(Versions))]
    public void A_fax_like_ifp_sequence_decodes_cleanly_with_our_sequence_numbers_and_types(int version, UdptlErrorCorrectionMode mode)
    {
        var ifps = FaxLikeSequence(version);
        var sender = new UdptlSender(new UdptlSenderOptions { Mode = mode, RedundancyDepth = 2, FecSpan = 2, FecEntries = 2, InitialSequenceNumber = 65530 });
        var datagrams = ifps.Select(ifp => Create(sender, IfpCodec.Encode(ifp, version))).ToList();
        string pcap = Path.Combine(_directory, $"v{version}-{mode}.pcap");
        Pcap.Write(pcap, 40000, Port, datagrams.Select(d => d.Bytes));

        var rows = Tshark.Decode(pcap, Port, version);

        Tshark.AssertClean(rows);
        AssertDecodedAsSent(rows, datagrams, ifps);
        if (mode == UdptlErrorCorrectionMode.Fec)
        {
            Assert.All(rows, row => Assert.Equal("1", row["t38.error_recovery"]));
            Assert.Equal("2", rows[^1]["t38.fec_npackets"]);
        }
        else
        {
            Assert.Equal("2", rows[^1]["t38.secondary_ifp_packets"]);
        }
    }

    [Fact]
    public async Task Datagrams_sent_by_the_socket_session_and_captured_on_loopback_decode_cleanly()
    {
        using var peer = UdptlSocketSessionTests.Bound();
        using var probeSink = UdptlSocketSessionTests.Bound();
        using var prober = UdptlSocketSessionTests.Bound();
        int peerPort = ((IPEndPoint)peer.LocalEndPoint!).Port;
        var ifps = FaxLikeSequence(0);
        using var tshark = LiveDecoder.Start(peerPort, ((IPEndPoint)probeSink.LocalEndPoint!).Port, t38Version: 0);
        await tshark.WaitUntilCapturingAsync(async () => await prober.SendToAsync(new byte[] { 0 }, probeSink.LocalEndPoint!));
        await using var session = UdptlSocketSession.Open(UdptlSocketSessionTests.Loopback(0), new UdptlSessionOptions
        {
            Version = 0,
            Sender = new UdptlSenderOptions { RedundancyDepth = 3, MaximumDatagram = UdptlDatagramLimit.Resolve(160), InitialSequenceNumber = 65530 },
        });
        session.SetSignalledRemote((IPEndPoint)peer.LocalEndPoint!);

        foreach (var ifp in ifps)
        {
            Assert.True(await session.SendAsync(ifp, CancellationToken.None));
        }

        var rows = await tshark.ReadAsync(ifps.Count);

        Tshark.AssertClean(rows);
        Assert.Equal(Enumerable.Range(0, ifps.Count).Select(i => ((65530 + i) & 0xFFFF).ToString(System.Globalization.CultureInfo.InvariantCulture)), rows.Select(r => r["t38.seq_number"]));
        Assert.Equal(((int)T30IndicatorType.Cng).ToString(System.Globalization.CultureInfo.InvariantCulture), First(rows[0]["t38.t30_indicator"], 1));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>A page exchange in miniature: tones, V.21 DIS with FCS-OK and sig-end, V.17 training and page data.</summary>
    private static List<IfpPacket> FaxLikeSequence(int version)
    {
        var list = new List<IfpPacket>
        {
            new IfpIndicator(T30IndicatorType.Cng),
            new IfpIndicator(T30IndicatorType.Ced),
            new IfpIndicator(T30IndicatorType.V21Preamble),
            new IfpData(T30DataType.V21, [new IfpField(T38FieldType.HdlcData, Dis)]),
            new IfpData(T30DataType.V21, [new IfpField(T38FieldType.HdlcFcsOk), new IfpField(T38FieldType.HdlcSigEnd)]),
            new IfpIndicator(T30IndicatorType.V17_14400LongTraining),
            new IfpData(T30DataType.V17_14400, [new IfpField(T38FieldType.T4NonEcmData, Enumerable.Range(0, 40).Select(i => (byte)i).ToArray())]),
            new IfpData(T30DataType.V17_14400, [new IfpField(T38FieldType.T4NonEcmData, new byte[] { 0x00, 0x80, 0x00 }), new IfpField(T38FieldType.T4NonEcmSigEnd)]),
            new IfpIndicator(T30IndicatorType.NoSignal),
        };
        if (version > 0)
        {
            list.Add(new IfpIndicator(T30IndicatorType.V8Ansam));
            list.Add(new IfpIndicator(T30IndicatorType.V33_14400Training));
        }

        return list;
    }

    private static void AssertDecodedAsSent(IReadOnlyList<IReadOnlyDictionary<string, string>> rows, List<UdptlDatagram> datagrams, List<IfpPacket> ifps)
    {
        Assert.Equal(datagrams.Count, rows.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            Assert.Equal(datagrams[i].SequenceNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), row["t38.seq_number"]);
            switch (ifps[i])
            {
                case IfpIndicator indicator:
                    Assert.Equal(((int)indicator.Indicator).ToString(System.Globalization.CultureInfo.InvariantCulture), First(row["t38.t30_indicator"], 1));
                    break;
                case IfpData data:
                    Assert.Equal(((int)data.DataType).ToString(System.Globalization.CultureInfo.InvariantCulture), First(row["t38.t30_data"], 1));
                    Assert.Equal(string.Join(',', data.Fields.Select(f => (int)f.Type)), First(row["t38.field_type"], data.Fields.Count));
                    break;
            }
        }
    }

    /// <summary>The primary IFP's values come first; redundant copies of earlier IFPs follow them.</summary>
    private static string First(string aggregated, int count) => string.Join(',', aggregated.Split(',').Take(count));

    private static UdptlDatagram Create(UdptlSender sender, byte[] ifp)
    {
        Assert.True(sender.TryCreate(ifp, out var datagram));
        return datagram!;
    }
}
