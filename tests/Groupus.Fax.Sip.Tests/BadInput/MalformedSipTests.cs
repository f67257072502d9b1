using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Groupus.Fax.Sip.Lines;
using Groupus.Fax.Sip.Tests.Support;

namespace Groupus.Fax.Sip.Tests.BadInput;

/// <summary>
/// Malformed SIP and SDP at the user agent over a real socket: each answered with the right status or dropped, never a
/// crash. After each batch the user agent must still answer an OPTIONS, and no call may be left behind.
/// </summary>
public sealed class MalformedSipTests : IAsyncLifetime
{
    private readonly UdpClient _client = new(new IPEndPoint(IPAddress.Loopback, 0));
    private SipFaxUserAgent _gateway = null!;

    public Task InitializeAsync()
    {
        var options = new SipFaxOptions { Port = 0, Trunks = [new SipTrunk { Line = "test", Host = "127.0.0.1" }] };
        _gateway = SipFaxUserAgent.Start(options, new ConfiguredAtaCredentials([]), new TestRouter(new EchoFaxCall()));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        _client.Dispose();
    }

    private int LocalPort => ((IPEndPoint)_client.Client.LocalEndPoint!).Port;

    private string Invite(string callId, string sdp, string number = TestRouter.KnownNumber, string extraHeaders = "") =>
        $"INVITE sip:{number}@127.0.0.1 SIP/2.0\r\n" +
        $"Via: SIP/2.0/UDP 127.0.0.1:{LocalPort};branch=z9hG4bK-{callId};rport\r\n" +
        "From: <sip:peer@127.0.0.1>;tag=p1\r\n" +
        $"To: <sip:{number}@127.0.0.1>\r\n" +
        $"Call-ID: {callId}\r\n" +
        "CSeq: 1 INVITE\r\n" +
        $"Contact: <sip:peer@127.0.0.1:{LocalPort}>\r\n" +
        "Max-Forwards: 70\r\n" +
        extraHeaders +
        "Content-Type: application/sdp\r\n" +
        $"Content-Length: {Encoding.UTF8.GetByteCount(sdp)}\r\n\r\n" + sdp;

    private static string T38Sdp(string extra = "") =>
        "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=image 40000 udptl t38\r\na=T38FaxVersion:0\r\n" + extra;

    private async Task Send(string message) => await _client.SendAsync(Encoding.UTF8.GetBytes(message), _gateway.LocalEndPoint);

    /// <summary>The final status of the response for this Call-ID, skipping provisionals and other calls' responses.</summary>
    private Task<int> FinalStatusFor(string callId) => FinalStatusFor(_client, callId, TimeSpan.FromSeconds(60));

    private static async Task<int> FinalStatusFor(UdpClient client, string callId, TimeSpan wait)
    {
        using var timeout = new CancellationTokenSource(wait);
        while (true)
        {
            var datagram = await client.ReceiveAsync(timeout.Token);
            var text = Encoding.UTF8.GetString(datagram.Buffer);
            if (text.StartsWith("SIP/2.0 ", StringComparison.Ordinal) && text.Contains($"Call-ID: {callId}\r\n", StringComparison.Ordinal))
            {
                int status = int.Parse(text.AsSpan(8, 3), CultureInfo.InvariantCulture);
                if (status >= 200)
                {
                    return status;
                }
            }
        }
    }

    /// <summary>An OPTIONS is answered 200; sent again every 2 s as a SIP client would (a burst may have filled the socket's buffer).</summary>
    private async Task StillAnswers()
    {
        var callId = "alive-" + Guid.NewGuid().ToString("N");
        var options =
            "OPTIONS sip:fax@127.0.0.1 SIP/2.0\r\n" +
            $"Via: SIP/2.0/UDP 127.0.0.1:{LocalPort};branch=z9hG4bK-{callId}\r\n" +
            "From: <sip:peer@127.0.0.1>;tag=o1\r\nTo: <sip:fax@127.0.0.1>\r\n" +
            $"Call-ID: {callId}\r\nCSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n";
        for (int attempt = 1; ; attempt++)
        {
            await Send(options);
            try
            {
                Assert.Equal(200, await FinalStatusFor(_client, callId, TimeSpan.FromSeconds(2)));
                return;
            }
            catch (OperationCanceledException) when (attempt < 30)
            {
            }
        }
    }

    [Theory]
    [InlineData("a=T38FaxVersion:1\r\n")] // the same attribute twice with different values
    [InlineData("a=T38MaxBitRate:14400\r\na=T38FaxMaxRate:9600\r\n")] // an alias contradicting its name
    public async Task Contradictory_t38_attributes_are_refused_488_and_leave_no_call(string contradiction)
    {
        await Send(Invite("contradiction", T38Sdp(contradiction)));
        Assert.Equal(488, await FinalStatusFor("contradiction"));
        await StillAnswers();
        Assert.Empty(_gateway.Calls);
    }

    [Theory]
    [InlineData("not sdp at all")]
    [InlineData("v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n")] // no media
    [InlineData("v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=video 4000 RTP/AVP 96\r\n")] // nothing for fax
    [InlineData("")] // no offer
    public async Task An_offer_we_cannot_answer_is_refused_488(string sdp)
    {
        await Send(Invite("no-offer", sdp));
        Assert.Equal(488, await FinalStatusFor("no-offer"));
        await StillAnswers();
        Assert.Empty(_gateway.Calls);
    }

    [Fact]
    public async Task A_caller_on_no_line_is_refused_403()
    {
        // 127.0.0.2 is loopback too, but no configured trunk and no ATA user.
        using var stranger = new UdpClient(new IPEndPoint(IPAddress.Parse("127.0.0.2"), 0));
        var port = ((IPEndPoint)stranger.Client.LocalEndPoint!).Port;
        var invite = Invite("stranger", T38Sdp()).Replace($"127.0.0.1:{LocalPort};branch", $"127.0.0.2:{port};branch", StringComparison.Ordinal);
        await stranger.SendAsync(Encoding.UTF8.GetBytes(invite), _gateway.LocalEndPoint);
        Assert.Equal(403, await FinalStatusFor(stranger, "stranger", TimeSpan.FromSeconds(60)));
        Assert.Empty(_gateway.Calls);
    }

    [Fact]
    public async Task Truncated_oversized_duplicated_and_missing_headers_are_answered_or_dropped_and_the_agent_keeps_answering()
    {
        var valid = Invite("broken", T38Sdp(), number: "0000");
        var broken = new List<string>
        {
            valid[..(valid.Length / 2)],
            valid[..valid.IndexOf("\r\n\r\n", StringComparison.Ordinal)],
            valid.Replace("Call-ID: broken\r\n", string.Empty, StringComparison.Ordinal),
            valid.Replace("CSeq: 1 INVITE\r\n", string.Empty, StringComparison.Ordinal),
            valid.Replace("Via: ", "Via : ", StringComparison.Ordinal),
            valid.Replace("CSeq: 1 INVITE\r\n", "CSeq: 1 INVITE\r\nCSeq: 2 INVITE\r\n", StringComparison.Ordinal),
            valid.Replace("From: <sip:peer@127.0.0.1>;tag=p1\r\n", "From: <sip:peer@127.0.0.1>;tag=p1\r\nFrom: <sip:other@127.0.0.1>;tag=p2\r\n", StringComparison.Ordinal),
            valid.Replace("CSeq: 1 INVITE", "CSeq: 99999999999999999999 INVITE", StringComparison.Ordinal),
            valid.Replace("Content-Length: ", "Content-Length: 9", StringComparison.Ordinal),
            valid.Replace("Content-Length: ", "Content-Length: -", StringComparison.Ordinal),
            valid.Replace("Max-Forwards: 70\r\n", "Subject: " + new string('x', 60_000) + "\r\n", StringComparison.Ordinal),
            valid.Replace("Max-Forwards: 70\r\n", string.Concat(Enumerable.Repeat("X-Filler: y\r\n", 200)), StringComparison.Ordinal),
            valid.Replace("INVITE sip:", "INVITE  sip:", StringComparison.Ordinal),
            valid.Replace("SIP/2.0\r\n", "SIP/3.0\r\n", StringComparison.Ordinal),
        };
        var random = new Random(56);
        for (int i = 0; i < 200; i++)
        {
            var bytes = Encoding.UTF8.GetBytes(valid.Replace("broken", $"fuzz{i}", StringComparison.Ordinal));
            for (int flips = random.Next(1, 6); flips > 0; flips--)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            broken.Add(Encoding.Latin1.GetString(bytes[..random.Next(1, bytes.Length + 1)]));
        }

        foreach (var message in broken)
        {
            await _client.SendAsync(Encoding.Latin1.GetBytes(message), _gateway.LocalEndPoint);
        }

        await StillAnswers();
        await Eventually.True(() => _gateway.Calls.Count == 0, "every broken call is refused (the number is unknown) or was never one");
    }
}
