using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Groupus.Fax.T38;
using Groupus.Sdp;

namespace Groupus.Fax.Sip.Calls;

/// <summary>
/// Our side of one call's media: the SDP session (one o= line across all offers and answers) and the sockets behind the
/// ports it states. The UDPTL session is bound before the description naming its port is built, so the peer's first
/// datagrams wait in its buffer (ADR 0053). Audio is only ever a placeholder socket: the gateway carries no voice,
/// it answers audio to reach the T.38 switch. Its own lock makes each step atomic (SIP callbacks and the call's tasks both use it).
/// </summary>
internal sealed class CallMedia : IAsyncDisposable
{
    private readonly IPAddress _address;
    private readonly Lock _gate = new();
    private SdpSession _sdp;
    private Socket? _audio;
    private UdptlSocketSession? _udptl;
    private UdptlSessionOptions? _udptlOptions;

    public CallMedia(IPAddress address)
    {
        _address = address;
        var sessionId = RandomNumberGenerator.GetInt32(1, int.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _sdp = SdpSession.Create(sessionId, new LocalMediaCapabilities { Address = address.ToString() });
    }

    public const string ContentType = "application/sdp";

    /// <summary>The UDPTL session, once T.38 is negotiated (or offered by us).</summary>
    public UdptlSocketSession? Udptl => _udptl;

    /// <summary>True once both sides agreed on T.38.</summary>
    public bool T38Agreed => Agreed is not null;

    public T38Parameters? Agreed { get; private set; }

    public int PeerMaxDatagram { get; private set; } = UdptlDatagramLimit.Default;

    public IPEndPoint? PeerImage { get; private set; }

    /// <summary>
    /// Answers the peer's offer. A T.38 line is taken whenever one is offered (audio beside it is then refused with port
    /// 0): a fax endpoint has no use for voice. An unchanged offer gets our unchanged answer, o= version included.
    /// </summary>
    public SdpResult<byte[]> Answer(ReadOnlyMemory<byte> body)
    {
        lock (_gate)
        {
            return AnswerLocked(body);
        }
    }

    private SdpResult<byte[]> AnswerLocked(ReadOnlyMemory<byte> body)
    {
        var offer = SdpParser.Parse(Encoding.UTF8.GetString(body.Span));
        if (!offer.IsSuccess)
        {
            return offer.Error!;
        }

        bool wantsT38 = T38Media.AcceptedImage(offer.Value!) is not null;
        if (wantsT38 && _udptl is null)
        {
            // A first pass decides the parameters the socket session needs; the second states its real port.
            var trial = SdpAnswerer.AnswerMedia(offer.Value!, Capabilities(wantsT38, imagePort: 9));
            if (!trial.IsSuccess)
            {
                return trial.Error!;
            }

            OpenUdptl(T38Media.SessionOptions(AgreedIn(trial.Value!.Media), OfferedMaxDatagram(offer.Value!)));
        }
        else if (!wantsT38)
        {
            _audio ??= BindAudio();
        }

        _sdp = _sdp with { Local = Capabilities(wantsT38, _udptl?.LocalEndPoint.Port ?? 0) };
        var outcome = _sdp.Answer(offer.Value!);
        if (!outcome.IsSuccess)
        {
            return outcome.Error!;
        }

        if (wantsT38)
        {
            Agreed = AgreedIn(outcome.Value!.Description.Media);
            PeerMaxDatagram = UdptlDatagramLimit.Resolve(OfferedMaxDatagram(offer.Value!));
            PeerImage = T38Media.Destination(offer.Value!, T38Media.AcceptedImage(offer.Value!)!);
        }

        return Described(outcome.Value!);
    }

    /// <summary>Our offer of G.711 audio (an outbound call starts there, as ATAs and trunks expect).</summary>
    public byte[] OfferAudio()
    {
        lock (_gate)
        {
            _audio ??= BindAudio();
            _sdp = _sdp with { Local = Capabilities(wantsT38: false, 0) };
            return Described(_sdp.OfferAudio());
        }
    }

    /// <summary>Our T.38 re-INVITE's offer; the UDPTL socket is bound first.</summary>
    public byte[] OfferT38()
    {
        lock (_gate)
        {
            if (_udptl is null)
            {
                OpenUdptl(T38Media.SessionOptions(T38AttributeCodec.Read(SdpOfferer.T38(_sdp.Local)).Value ?? new T38Parameters(), null));
            }

            _sdp = _sdp with { Local = Capabilities(wantsT38: true, _udptl!.LocalEndPoint.Port) };
            return Described(_sdp.OfferT38());
        }
    }

    /// <summary>
    /// Takes the peer's answer to our T.38 offer; false when it refused the image line. The session was opened with our
    /// own offer's parameters; when the answer lowers the version or picks other error correction, it is opened again
    /// on the same port (the peer sends nothing before its 200, and the gap to our reopening is a few microseconds).
    /// </summary>
    public async ValueTask<bool> AcceptT38AnswerAsync(ReadOnlyMemory<byte> body)
    {
        var answer = SdpParser.Parse(Encoding.UTF8.GetString(body.Span));
        if (!answer.IsSuccess || T38Media.AcceptedImage(answer.Value!) is not { } image || _udptl is null
            || T38AttributeCodec.Read(image) is not { IsSuccess: true } parameters)
        {
            return false;
        }

        var options = T38Media.SessionOptions(parameters.Value!, parameters.Value!.MaxDatagram);
        UdptlSocketSession? replaced = null;
        IPEndPoint port;
        lock (_gate)
        {
            port = _udptl.LocalEndPoint;
            if (options != _udptlOptions)
            {
                (replaced, _udptl) = (_udptl, null);
            }
        }

        if (replaced is not null)
        {
            await replaced.DisposeAsync().ConfigureAwait(false);
            lock (_gate)
            {
                _udptl = UdptlSocketSession.Open(port, options);
                _udptlOptions = options;
            }
        }

        Agreed = parameters.Value;
        PeerMaxDatagram = options.Sender.MaximumDatagram;
        PeerImage = T38Media.Destination(answer.Value!, image);
        return true;
    }

    /// <summary>The peer refused our T.38 offer: the socket bound for it goes, so a later offer of the peer's gets its own parameters.</summary>
    public async ValueTask T38RefusedAsync()
    {
        UdptlSocketSession? refused;
        lock (_gate)
        {
            (refused, _udptl, _udptlOptions) = (_udptl, null, null);
        }

        if (refused is not null)
        {
            await refused.DisposeAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        UdptlSocketSession? udptl;
        lock (_gate)
        {
            _audio?.Dispose();
            (udptl, _udptl) = (_udptl, null);
        }

        if (udptl is not null)
        {
            await udptl.DisposeAsync().ConfigureAwait(false);
        }
    }

    private LocalMediaCapabilities Capabilities(bool wantsT38, int imagePort) => _sdp.Local with
    {
        AcceptAudio = !wantsT38,
        AudioPort = (_audio?.LocalEndPoint as IPEndPoint)?.Port ?? 0,
        ImagePort = imagePort,
    };

    private void OpenUdptl(UdptlSessionOptions options)
    {
        _udptl = UdptlSocketSession.Open(new IPEndPoint(_address, 0), options);
        _udptlOptions = options;
    }

    private Socket BindAudio()
    {
        var socket = new Socket(_address.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(_address, 0));
        return socket;
    }

    private byte[] Described(SdpOutcome outcome)
    {
        _sdp = outcome.Session;
        return Encoding.UTF8.GetBytes(SdpSerializer.Serialize(outcome.Description));
    }

    private static T38Parameters AgreedIn(IReadOnlyList<MediaDescription> answered) =>
        answered.FirstOrDefault(media => media.IsT38 && media.Port != 0) is { } image && T38AttributeCodec.Read(image) is { IsSuccess: true } read
            ? read.Value!
            : new T38Parameters();

    private static int? OfferedMaxDatagram(SessionDescription offer) =>
        T38Media.AcceptedImage(offer) is { } image && T38AttributeCodec.Read(image) is { IsSuccess: true } read ? read.Value!.MaxDatagram : null;
}
