using System.Net;
using System.Text;
using Groupus.Sip.Authentication;
using Groupus.Sip.Dialogs;
using Groupus.Sip.Messages;
using Groupus.Sip.Registrar;
using Groupus.Sip.Tests.Messages;
using Groupus.Sip.Tests.Support;
using Groupus.Sip.Transactions;
using Microsoft.Extensions.Time.Testing;

namespace Groupus.Sip.Tests.Fuzz;

/// <summary>
/// Fuzzing with fixed seeds: the SIP parser and the digest header parsers fed mutations of valid messages (bit flips,
/// truncations, duplicated, deleted and inserted spans, oversized values, many headers) and random bytes must never throw
/// and must allocate a bounded amount per message; whatever parses is then read through every typed accessor, serialised
/// and parsed again, and handed to the registrar and the user agent, none of which may throw either.
/// </summary>
public sealed class SipParserFuzzTests
{
    private const int Cases = 3000;

    // Per message: the header text decoded and split (a few copies of at most MaxMessageSize) plus the typed views.
    private const long AllocationCapPerMessage = 4 * 1024 * 1024;

    private static readonly string[] Seeds =
    [
        SipParserTests.Invite,
        "REGISTER sip:gw SIP/2.0\r\nv: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bKr1;rport\r\nf: <sip:line1@gw>;tag=a\r\nt: <sip:line1@gw>\r\ni: reg1\r\nCSeq: 2 REGISTER\r\n" +
        "m: <sip:line1@192.0.2.10:5060>;expires=120, \"x, y\" <sip:line1@192.0.2.11>\r\nExpires: 300\r\n" +
        "Authorization: Digest username=\"line1\", realm=\"groupus\", nonce=\"abc\", uri=\"sip:gw\", response=\"0123456789abcdef0123456789abcdef\", algorithm=MD5, qop=auth, nc=00000001, cnonce=\"c1\"\r\nl: 0\r\n\r\n",
        "SIP/2.0 401 Unauthorized\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK1;received=1.2.3.4;rport=5062\r\nTo: <sip:b@h>;tag=x\r\nFrom: <sip:a@h>;tag=y\r\nCall-ID: c\r\nCSeq: 1 REGISTER\r\n" +
        "WWW-Authenticate: Digest realm=\"groupus\", nonce=\"n\", algorithm=SHA-256, qop=\"auth\"\r\nRecord-Route: <sip:p1;lr>,<sip:p2;lr>\r\nContent-Length: 0\r\n\r\n",
        "BYE sip:fax@127.0.0.1:5060 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bKb\r\nFrom: <sip:a@h>;tag=y\r\nTo: <sip:fax@h>;tag=x\r\nCall-ID: c\r\nCSeq: 2 BYE\r\nRoute: <sip:p1;lr>\r\n\r\n",
    ];

    private static readonly string[] Fragments =
    [
        "\r\n", "\n", " ", "\t", ",", ";", ":", "<", ">", "\"", "\\", "=", "@", "[", "]", "?", "%", "\0", "\u00ff",
        "\r\n ", "Via: SIP/2.0/UDP", ";branch=", ";rport", ";received=", "CSeq: 1 ", "Content-Length: ", "Contact: *",
        "Digest ", "nc=", "qop=auth", "sip:", "sips:", "SIP/2.0", "\r\n\r\n", "99999999999999999999", "-1",
    ];

    [Fact]
    public void Mutated_valid_messages_never_throw_and_stay_within_the_allocation_cap()
    {
        var random = new Random(13_001);
        int parsed = 0;
        for (int i = 0; i < Cases; i++)
        {
            parsed += Check(Mutate(Encoding.UTF8.GetBytes(Seeds[i % Seeds.Length]), random)) ? 1 : 0;
        }

        // Enough mutants still parse for the typed accessors, the registrar and the user agent to be exercised too.
        Assert.InRange(parsed, Cases / 10, Cases - 1);
    }

    [Fact]
    public void Random_bytes_and_random_text_never_throw()
    {
        var random = new Random(13_002);
        for (int i = 0; i < Cases; i++)
        {
            var bytes = new byte[random.Next(0, 1500)];
            random.NextBytes(bytes);
            _ = Check(bytes);
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(_ => Fragments[random.Next(Fragments.Length)]));
            _ = Check(Encoding.UTF8.GetBytes("OPTIONS sip:h SIP/2.0\r\n" + text));
        }
    }

    [Fact]
    public void Oversized_values_and_header_floods_are_refused_or_parsed_within_the_cap()
    {
        var random = new Random(13_003);
        for (int i = 0; i < 200; i++)
        {
            var seed = Seeds[i % Seeds.Length];
            var huge = new string((char)random.Next('a', 'z' + 1), random.Next(1000, 70_000));
            var flood = string.Concat(Enumerable.Repeat($"Via: SIP/2.0/UDP h{i};branch=z9hG4bK{i}\r\n", random.Next(50, 3000)));
            _ = Check(Encoding.UTF8.GetBytes(seed.Replace("Call-ID: ", "Call-ID: " + huge, StringComparison.Ordinal)));
            _ = Check(Encoding.UTF8.GetBytes(seed.Replace("CSeq:", flood + "CSeq:", StringComparison.Ordinal)));
            _ = Check(Encoding.UTF8.GetBytes(seed.Replace("\r\n\r\n", "\r\nSubject: " + huge + "\r\n\r\n", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void The_digest_header_parsers_never_throw_on_mutations_or_garbage()
    {
        var random = new Random(13_004);
        string[] seeds =
        [
            "Digest username=\"line1\", realm=\"groupus\", nonce=\"abc\", uri=\"sip:gw\", response=\"0123\", algorithm=MD5, qop=auth, nc=00000001, cnonce=\"c1\", opaque=\"o\"",
            "Digest realm=\"groupus\", nonce=\"n\", algorithm=SHA-256, qop=\"auth,auth-int\", stale=true, opaque=\"x\\\"y\"",
        ];
        for (int i = 0; i < Cases; i++)
        {
            var text = Encoding.UTF8.GetString(Mutate(Encoding.UTF8.GetBytes(seeds[i % seeds.Length]), random));
            long before = GC.GetAllocatedBytesForCurrentThread();
            _ = DigestHeader.TryParse(text, out _);
            _ = DigestCredentials.TryParse(text, out _);
            _ = DigestChallenge.TryParse(text, out _);
            Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < AllocationCapPerMessage);
        }
    }

    private static bool Check(byte[] datagram)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        var result = SipParser.Parse(datagram);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < AllocationCapPerMessage, $"{allocated} bytes allocated parsing {datagram.Length} bytes");
        if (!result.IsSuccess)
        {
            Assert.False(string.IsNullOrEmpty(result.Error.Reason));
            if (result.Error.CanAnswer)
            {
                _ = result.Error.Request!.CreateResponse(400, result.Error.Reason).ToBytes();
            }

            return false;
        }

        var message = result.Message;
        _ = (message.TopVia, message.From, message.To, message.CSeq, message.Contacts, message.CallId, message.ContentType);
        var again = SipParser.Parse(message.ToBytes());
        Assert.True(again.IsSuccess, again.Error?.Reason);
        if (message is SipRequest request)
        {
            _ = request.Uri;
            var source = new IPEndPoint(IPAddress.Loopback, 5070);
            _ = Registrar.Handle(request, source.Address);
            Host.Receive(Groupus.Sip.Transport.ResponseRouting.StampSource(request, source), source);
        }
        else
        {
            Host.Receive(message, new IPEndPoint(IPAddress.Loopback, 5070));
        }

        return true;
    }

    private static readonly FakeTimeProvider Clock = new();

    private static readonly SipRegistrar Registrar = new(new NoCredentials(), new RegistrarOptions(), Clock);

    private static readonly SipTransactionLayer Host = CreateHost();

    private static SipTransactionLayer CreateHost()
    {
        var layer = new SipTransactionLayer(new RecordingTransport(Clock), Clock, SipTimerSettings.Default);
        var userAgent = new SipUserAgent(layer, new SipUserAgentOptions())
        {
            IncomingInvite = _ => SipAnswer.Ok("application/sdp", "v=0\r\n"u8.ToArray()),
            Register = (request, source) => Registrar.Handle(request, source.Address),
        };
        GC.KeepAlive(userAgent);
        return layer;
    }

    private sealed class NoCredentials : ISipCredentialStore
    {
        public SipCredential? Find(string username) => username == "line1" ? new SipCredential("line1", "pw") : null;
    }

    private static byte[] Mutate(byte[] valid, Random random)
    {
        var data = new List<byte>(valid);
        int edits = random.Next(1, 6);
        for (int e = 0; e < edits && data.Count > 0; e++)
        {
            int at = random.Next(data.Count);
            switch (random.Next(7))
            {
                case 0:
                    data[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    data.RemoveRange(at, data.Count - at);
                    break;
                case 2:
                    int length = Math.Min(random.Next(1, 200), data.Count - at);
                    data.InsertRange(at, data.GetRange(at, length));
                    break;
                case 3:
                    data.RemoveRange(at, Math.Min(random.Next(1, 40), data.Count - at));
                    break;
                case 4:
                    data.InsertRange(at, Encoding.UTF8.GetBytes(Fragments[random.Next(Fragments.Length)]));
                    break;
                case 5:
                    data.InsertRange(at, Enumerable.Repeat((byte)random.Next(32, 127), random.Next(100, 5000)));
                    break;
                default:
                    data[at] = (byte)random.Next(256);
                    break;
            }
        }

        return [.. data];
    }
}
