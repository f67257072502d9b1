using System.Globalization;
using System.Text;
using Groupus.Fax.Modems.Class2;
using Groupus.Fax.Imaging;
using Groupus.Fax.Modems.Serial;

namespace Groupus.FaxGateway.Emulation;

/// <summary>
/// A software stand-in for a Class 2 / 2.0 fax modem, for tests and diagnostics on machines without one. It owns
/// the master side of a pseudo-terminal pair; a driver opens <see cref="DevicePath"/> as if it were the modem's
/// serial device. Calls go through an <see cref="EmulatedTelephoneNetwork"/> to another emulator in the same
/// process. T.30 is <b>not</b> run: the two emulators exchange its meaning (DIS, DCS, page data, post-page
/// message, post-page response, DCN) as in-memory signals, with no modulation, timing or training.
/// </summary>
public sealed class Class2ModemEmulator : IAsyncDisposable
{
    private const byte Cancel = 0x18;
    private const string CapabilityRanges = "(0,1),(0-5),(0-2),(0-2),(0-1),(0),(0),(0-7)";

    private readonly PseudoTerminal _terminal;
    private readonly EmulatedTelephoneNetwork _network;
    private readonly Class2ModemEmulatorOptions _options;
    private readonly DteInput _input = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _writeLock = new();
    private readonly Lock _callLock = new();
    private readonly Dictionary<string, string> _settings = new(StringComparer.OrdinalIgnoreCase);
    private readonly Task _pump;
    private readonly Task _processor;

    private EmulatedCall? _offered;
    private EmulatedCall? _call;
    private string _faxClass = "0";
    private bool _echo = true;
    private string _localId = string.Empty;
    private Class2SessionParameters _capabilities;
    private Class2SessionParameters _wanted;
    private Class2SessionParameters _remoteCapabilities;
    private Class2SessionParameters? _session;
    private int _bitOrder;
    private int[] _reporting = [0, 0, 0, 0];
    private PostPageResponse _pageVerdict = PostPageResponse.Confirmed;
    private bool _owesVerdict;
    private PostPageMessage? _lastReceivedMessage;
    private HangupStatus _lastHangup = HangupStatus.Normal;
    private int _garbledCopiesLeft;
    private int _pageBytesReceived;
    private bool _cancelled;
    private bool _wedged;
    private bool _needsPhaseB = true;
    private Task _ringing = Task.CompletedTask;

    private Class2ModemEmulator(PseudoTerminal terminal, EmulatedTelephoneNetwork network, Class2ModemEmulatorOptions options)
    {
        _terminal = terminal;
        _network = network;
        _options = options;
        _capabilities = options.Capabilities;
        _wanted = options.Capabilities;
        _remoteCapabilities = options.Capabilities;
        _garbledCopiesLeft = options.GarbledPageCopies;
        _pump = Task.Factory.StartNew(Pump, TaskCreationOptions.LongRunning);
        _processor = Task.Run(ProcessAsync);
    }

    /// <summary>The pseudo-terminal device to open, e.g. /dev/pts/7.</summary>
    public string DevicePath => _terminal.DevicePath;

    /// <summary>Starts an emulator on a new pseudo-terminal and attaches it to <paramref name="number"/>.</summary>
    public static Class2ModemEmulator Start(EmulatedTelephoneNetwork network, string number, Class2ModemEmulatorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        var emulator = new Class2ModemEmulator(PseudoTerminal.Open(), network, options ?? new Class2ModemEmulatorOptions());
        network.Attach(number, emulator);
        return emulator;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _call?.End(this, orderly: false);
        try
        {
            await Task.WhenAll(_pump, _processor, _ringing);
        }
        catch (OperationCanceledException)
        {
            // stopping
        }

        _terminal.Dispose();
        _stop.Dispose();
    }

    /// <summary>Called by the network when someone dials this emulator's number: rings the DTE until it answers.</summary>
    internal bool OfferCall(EmulatedCall call)
    {
        lock (_callLock)
        {
            if (_options.Silent || _call is not null || _offered is not null)
            {
                return false;
            }

            _offered = call;
        }

        _ringing = Task.Run(() => RingAsync(call));
        return true;
    }

    private async Task RingAsync(EmulatedCall call)
    {
        try
        {
            for (var ring = 0; ring < _network.RingsBeforeNoAnswer; ring++)
            {
                lock (_callLock)
                {
                    // Checked and written under one lock: no RING can follow the answer into the call.
                    if (_offered != call)
                    {
                        return;
                    }

                    Report("RING");
                }

                await Task.Delay(_network.RingInterval, _stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // emulator stopping
        }

        lock (_callLock)
        {
            if (_offered == call)
            {
                _offered = null;
                call.Answer.TrySetResult(null);
            }
        }
    }

    private void Pump()
    {
        var buffer = new byte[4096];
        while (!_stop.IsCancellationRequested)
        {
            var count = _terminal.Read(buffer, 50);
            if (count > 0)
            {
                _input.Add(buffer.AsSpan(0, count).ToArray());
            }
        }

        _input.Complete();
    }

    private async Task ProcessAsync()
    {
        try
        {
            while (await ReadCommandLineAsync() is { } line)
            {
                if (_options.Silent || _wedged)
                {
                    continue;
                }

                if (_echo)
                {
                    WriteRaw(Encoding.ASCII.GetBytes(line + "\r"));
                }

                if (line.Length >= 2 && line.StartsWith("AT", StringComparison.OrdinalIgnoreCase))
                {
                    await ExecuteLineAsync(line[2..]);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // emulator stopping
        }
    }

    private async Task<string?> ReadCommandLineAsync()
    {
        var line = new StringBuilder();
        while (true)
        {
            var next = await _input.ReadByteAsync(_stop.Token);
            if (next < 0)
            {
                return null;
            }

            if (next == '\r')
            {
                if (line.Length > 0)
                {
                    return line.ToString();
                }

                continue;
            }

            if (next >= 0x20 && next < 0x7F && line.Length < 512)
            {
                line.Append((char)next);
            }
        }
    }

    private async Task ExecuteLineAsync(string body)
    {
        foreach (var command in SplitCommands(body))
        {
            var result = await ExecuteAsync(command);
            if (result == Outcome.Error)
            {
                Report("ERROR");
                return;
            }

            if (result == Outcome.Reported)
            {
                return;
            }
        }

        Report("OK");
    }

    private static List<string> SplitCommands(string body)
    {
        var commands = new List<string>();
        var i = 0;
        while (i < body.Length)
        {
            var c = char.ToUpperInvariant(body[i]);
            if (c is ' ' or ';')
            {
                i++;
                continue;
            }

            var start = i;
            if (c is '+' or '#')
            {
                var quoted = false;
                while (i < body.Length && (quoted || body[i] != ';'))
                {
                    quoted ^= body[i] == '"';
                    i++;
                }
            }
            else if (c == 'D')
            {
                i = body.Length;
            }
            else if (c == 'S')
            {
                i++;
                while (i < body.Length && (char.IsDigit(body[i]) || body[i] is '=' or '?'))
                {
                    i++;
                }
            }
            else
            {
                i += c == '&' ? 2 : 1;
                while (i < body.Length && char.IsDigit(body[i]))
                {
                    i++;
                }
            }

            commands.Add(body[start..Math.Min(i, body.Length)]);
        }

        return commands;
    }

    private Task<Outcome> ExecuteAsync(string command)
    {
        var upper = command.ToUpperInvariant();
        if (upper.StartsWith('+'))
        {
            return ExecuteExtendedAsync(command);
        }

        switch (upper[0])
        {
            case 'D':
                return DialAsync(command[1..]);
            case 'A':
                return AnswerAsync();
            case 'Z':
                Reset();
                return Done(Outcome.Ok);
            case 'E':
                _echo = upper != "E0" && upper != "E";
                return Done(Outcome.Ok);
            case 'H':
                HangUp(orderly: false, HangupStatus.Normal);
                return Done(Outcome.Ok);
            case 'I':
                Report(upper == "I3" ? $"{_options.Manufacturer} {_options.Model} {_options.Revision}" : _options.Model);
                return Done(Outcome.Ok);
            case 'S':
                if (upper.EndsWith('?'))
                {
                    Report(_settings.GetValueOrDefault(upper[..^1], "000"));
                }
                else if (upper.Contains('=', StringComparison.Ordinal))
                {
                    _settings[upper[..upper.IndexOf('=', StringComparison.Ordinal)]] = upper[(upper.IndexOf('=', StringComparison.Ordinal) + 1)..];
                }

                return Done(Outcome.Ok);
            default:
                // V, Q, L, M, X, &F, &C, &D, &K...: accepted and ignored.
                return Done(Outcome.Ok);
        }
    }

    private async Task<Outcome> ExecuteExtendedAsync(string command)
    {
        var equals = command.IndexOf('=', StringComparison.Ordinal);
        var query = command.EndsWith('?') && !command.EndsWith("=?", StringComparison.Ordinal);
        var range = command.EndsWith("=?", StringComparison.Ordinal);
        var name = (equals >= 0 ? command[..equals] : query ? command[..^1] : command).ToUpperInvariant();
        var value = equals >= 0 && !range ? command[(equals + 1)..] : string.Empty;

        switch (name)
        {
            case "+FCLASS":
                if (range)
                {
                    Report("0,2,2.0");
                }
                else if (query)
                {
                    Report(_faxClass);
                }
                else if (value is "0" or "2" or "2.0")
                {
                    _faxClass = value;
                }
                else
                {
                    return Outcome.Error;
                }

                return Outcome.Ok;
            case "+GMI":
                Report(_options.Manufacturer);
                return Outcome.Ok;
            case "+GMM":
                Report(_options.Model);
                return Outcome.Ok;
            case "+GMR":
                Report(_options.Revision);
                return Outcome.Ok;
        }

        var words = _faxClass switch { "2.0" => Class2Vocabulary.Class20, "2" => Class2Vocabulary.Class2, _ => null };
        if (words is null)
        {
            return Outcome.Error;
        }

        if (name == words.Manufacturer || name == words.Model || name == words.Revision)
        {
            Report(name == words.Manufacturer ? _options.Manufacturer : name == words.Model ? _options.Model : _options.Revision);
            return Outcome.Ok;
        }

        if (name == words.LocalId)
        {
            if (query)
            {
                Report($"\"{_localId}\"");
            }
            else if (!range)
            {
                _localId = value.Trim().Trim('"');
            }

            return Outcome.Ok;
        }

        if (name == words.Capabilities || name == words.SessionParameters)
        {
            var isCapabilities = name == words.Capabilities;
            if (range)
            {
                Report(CapabilityRanges);
                return Outcome.Ok;
            }

            if (query)
            {
                Report((isCapabilities ? _capabilities : _wanted).Format());
                return Outcome.Ok;
            }

            if (!Class2SessionParameters.TryParse(value, out var parameters))
            {
                return Outcome.Error;
            }

            if (isCapabilities)
            {
                _capabilities = parameters;
            }

            _wanted = parameters;
            return Outcome.Ok;
        }

        if (name == words.BitOrder)
        {
            return SetNumber(value, query, ref _bitOrder, 0, 3);
        }

        if (name == words.PageStatus)
        {
            var verdict = (int)_pageVerdict;
            var outcome = SetNumber(value, query, ref verdict, 1, 5);
            _pageVerdict = (PostPageResponse)verdict;
            return outcome;
        }

        if (name == words.HangupReport)
        {
            Report($"{words.HangupReport}:{_lastHangup.Format(words.HexadecimalHangupCodes)}");
            return Outcome.Ok;
        }

        if (name == words.Abort)
        {
            if (_call is not null)
            {
                HangUp(orderly: true, HangupStatus.FromCode(0x02));
                Report($"{words.HangupReport}:{_lastHangup.Format(words.HexadecimalHangupCodes)}");
            }

            return Outcome.Ok;
        }

        if (name == "+FNR" && words.Dialect == Class2Dialect.Class20 && !query && !range)
        {
            var flags = value.Split(',').Select(v => v.Trim() == "1" ? 1 : 0).ToArray();
            _reporting = [.. flags, 0, 0, 0, 0];
            return Outcome.Ok;
        }

        switch (name)
        {
            case "+FDT":
                return await TransmitPageAsync(words);
            case "+FDR":
                return await ReceivePageAsync(words);
            case "+FET":
                return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ppm) && ppm is >= 0 and <= 2
                    ? await PostPageAsync(words, (PostPageMessage)ppm)
                    : Outcome.Error;
        }

        // +FLO, +FCR, +FAA, +FCQ, +FCT, +FIE, +FPP, +FBU, +FAP, +FMS, +FNS, +FPI, +FSP, +FPHCTO...: stored and echoed.
        if (query)
        {
            Report(_settings.GetValueOrDefault(name, "0"));
        }
        else if (equals >= 0 && !range)
        {
            _settings[name] = value;
        }

        return Outcome.Ok;
    }

    private Outcome SetNumber(string value, bool query, ref int target, int min, int max)
    {
        if (query)
        {
            Report(target.ToString(CultureInfo.InvariantCulture));
            return Outcome.Ok;
        }

        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            return Outcome.Error;
        }

        target = number;
        return Outcome.Ok;
    }

    private async Task<Outcome> DialAsync(string dialString)
    {
        var words = _faxClass switch { "2.0" => Class2Vocabulary.Class20, "2" => Class2Vocabulary.Class2, _ => null };
        var number = new string(dialString.Where(c => char.IsDigit(c) || c is '*' or '#' or '+').ToArray());
        if (words is null || _call is not null)
        {
            Report("NO CARRIER");
            return Outcome.Reported;
        }

        var (failure, call) = await _network.DialAsync(this, number, _stop.Token);
        if (failure is not null || call is null)
        {
            Report(failure ?? "NO CARRIER");
            return Outcome.Reported;
        }

        var answered = await call.Answer.Task;
        _call = call;
        _remoteCapabilities = answered!.Capabilities;
        _session = null;
        _needsPhaseB = true;
        Report(words.ConnectedReport);
        if (ReportsIdentities(words))
        {
            Report($"{words.CalledIdReport}:\"{answered.CalledId}\"");
        }

        if (ReportsRemoteCapabilities(words))
        {
            Report($"{words.RemoteCapabilitiesReport}:{answered.Capabilities.Format()}");
        }

        return Outcome.Ok;
    }

    private async Task<Outcome> AnswerAsync()
    {
        var words = _faxClass switch { "2.0" => Class2Vocabulary.Class20, "2" => Class2Vocabulary.Class2, _ => null };
        EmulatedCall? call = null;
        lock (_callLock)
        {
            if (words is not null && _call is null)
            {
                call = _offered;
                _offered = null;
                _call = call;
            }
        }

        if (call is null || words is null)
        {
            // Nothing ringing, or not in a fax class (a data answer is not emulated).
            Report("NO CARRIER");
            return Outcome.Reported;
        }

        _owesVerdict = false;
        _lastReceivedMessage = null;
        _pageBytesReceived = 0;
        call.Answer.TrySetResult(new CallSignal.Answered(_capabilities, _localId));
        var signal = await NextSignalAsync(_options.CommandWait);
        if (signal is not CallSignal.Command command)
        {
            return Fail(words, signal is CallSignal.Disconnect ? 0x70 : 0x11);
        }

        _session = command.Session;
        Report(words.ConnectedReport);
        if (ReportsIdentities(words))
        {
            Report($"{words.CallingIdReport}:\"{command.CallingId}\"");
        }

        if (ReportsSession(words))
        {
            Report($"{words.SessionReport}:{command.Session.Format()}");
        }

        return Outcome.Ok;
    }

    /// <summary>+FDT: DCS to the remote, CONNECT, then the DTE's page data up to its end-of-page code.</summary>
    private async Task<Outcome> TransmitPageAsync(Class2Vocabulary words)
    {
        var call = _call;
        if (call is null || call.Caller != this)
        {
            return Outcome.Error;
        }

        if (TryTakeEnding() is { } ended)
        {
            return Fail(words, ended is CallSignal.Disconnect ? 0x22 : 0x20);
        }

        // A new DCS (and +FCS) only at the first page, after EOM and after RTN/RTP (retrain); after MPS the
        // parameters in force stay whatever +FIS now says.
        if (_needsPhaseB || _session is null)
        {
            var session = Class2SessionParameters.Negotiate(_wanted, _remoteCapabilities);
            _session = session;
            _needsPhaseB = false;
            call.Send(this, new CallSignal.Command(session, _localId));
            if (ReportsSession(words))
            {
                Report($"{words.SessionReport}:{session.Format()}");
            }
        }

        Report("CONNECT");
        if (words.Dialect == Class2Dialect.Class2)
        {
            WriteRaw([0x11]);
        }

        var garble = _garbledCopiesLeft > 0;
        if (garble)
        {
            _garbledCopiesLeft--;
        }

        var page = new List<byte>(64 * 1024);
        PostPageMessage? message;
        using (var idle = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token))
        {
            idle.CancelAfter(TimeSpan.FromSeconds(30));
            try
            {
                message = await ReadPageFromDteAsync(page, idle.Token);
            }
            catch (OperationCanceledException) when (!_stop.IsCancellationRequested)
            {
                return Fail(words, 0x43);
            }
        }

        if (message is null && page.Count == 0 && _cancelled)
        {
            _cancelled = false;
            HangUp(orderly: true, HangupStatus.FromCode(0x02));
            Report($"{words.HangupReport}:02");
            return Outcome.Ok;
        }

        var data = page.ToArray();
        if ((_bitOrder & 1) == 1)
        {
            BitReversal.ReverseInPlace(data);
        }

        if (garble)
        {
            Garble(data);
        }

        for (var offset = 0; offset < data.Length; offset += 4096)
        {
            call.Send(this, new CallSignal.PageData(data[offset..Math.Min(data.Length, offset + 4096)]));
        }

        if (message is null)
        {
            // <DLE><ETX>: the post-page message follows as AT+FET=n.
            return Outcome.Ok;
        }

        return await PostPageAsync(words, message.Value);
    }

    /// <summary>Unstuffs DTE page data (T.32 DTE→DCE codes); the post-page message, or null after &lt;DLE&gt;&lt;ETX&gt; or &lt;DLE&gt;&lt;CAN&gt;.</summary>
    private async Task<PostPageMessage?> ReadPageFromDteAsync(List<byte> page, CancellationToken cancellationToken)
    {
        while (true)
        {
            var octet = await NextDteByteAsync(cancellationToken);
            if (octet != Dle.DataLinkEscape)
            {
                page.Add((byte)octet);
                continue;
            }

            switch (await NextDteByteAsync(cancellationToken))
            {
                case Dle.DataLinkEscape:
                    page.Add(Dle.DataLinkEscape);
                    break;
                case Dle.Substitute:
                    page.Add(Dle.DataLinkEscape);
                    page.Add(Dle.DataLinkEscape);
                    break;
                case Dle.EndOfText:
                    return null;
                case ',':
                    return PostPageMessage.MultiPage;
                case ';':
                    return PostPageMessage.EndOfMessage;
                case '.':
                    return PostPageMessage.EndOfProcedure;
                case Cancel:
                    page.Clear();
                    _cancelled = true;
                    return null;
            }
        }
    }

    private async Task<int> NextDteByteAsync(CancellationToken cancellationToken)
    {
        var octet = await _input.ReadByteAsync(cancellationToken);
        return octet < 0 ? throw new OperationCanceledException() : octet;
    }

    /// <summary>Phase D as the sender: post-page message out, response (or silence) back.</summary>
    private async Task<Outcome> PostPageAsync(Class2Vocabulary words, PostPageMessage message)
    {
        var call = _call;
        if (call is null || call.Caller != this)
        {
            return Outcome.Error;
        }

        call.Send(this, new CallSignal.EndOfPage(message));
        var signal = await NextSignalAsync(_options.ResponseWait);
        if (signal is CallSignal.Verdict verdict)
        {
            Report($"{words.PageStatusReport}:{(int)verdict.Response}");
            _needsPhaseB = message == PostPageMessage.EndOfMessage
                || verdict.Response is PostPageResponse.RetrainNegative or PostPageResponse.RetrainPositive;
            var accepted = verdict.Response is PostPageResponse.Confirmed or PostPageResponse.RetrainPositive;
            if (message == PostPageMessage.EndOfProcedure && accepted)
            {
                HangUp(orderly: true, HangupStatus.Normal);
                Report($"{words.HangupReport}:{_lastHangup.Format(words.HexadecimalHangupCodes)}");
            }

            return Outcome.Ok;
        }

        if (signal is CallSignal.Disconnect)
        {
            return Fail(words, 0x51);
        }

        return Fail(words, message switch { PostPageMessage.MultiPage => 0x52, PostPageMessage.EndOfMessage => 0x56, _ => 0x54 });
    }

    /// <summary>+FDR: send the verdict owed for the last page, then deliver the next page (after DC2) or the end of the call.</summary>
    private async Task<Outcome> ReceivePageAsync(Class2Vocabulary words)
    {
        var call = _call;
        if (call is null || call.Answerer != this)
        {
            if (call is null)
            {
                Report($"{words.HangupReport}:{_lastHangup.Format(words.HexadecimalHangupCodes)}");
                return Outcome.Ok;
            }

            return Outcome.Error;
        }

        if (_owesVerdict)
        {
            _owesVerdict = false;
            var verdict = _pageVerdict;
            _pageVerdict = PostPageResponse.Confirmed;
            call.Send(this, new CallSignal.Verdict(verdict));
            if (_lastReceivedMessage == PostPageMessage.EndOfProcedure && verdict is PostPageResponse.Confirmed or PostPageResponse.RetrainPositive)
            {
                await NextSignalAsync(_options.ResponseWait);
                HangUp(orderly: true, HangupStatus.Normal);
                Report($"{words.HangupReport}:00");
                return Outcome.Ok;
            }
        }

        var connected = false;
        while (true)
        {
            var signal = await NextSignalAsync(_options.PageWait);
            switch (signal)
            {
                case CallSignal.Command command:
                    _session = command.Session;
                    if (ReportsSession(words))
                    {
                        Report($"{words.SessionReport}:{command.Session.Format()}");
                    }

                    continue;
                case CallSignal.PageData pageData:
                    if (!connected)
                    {
                        connected = true;
                        Report("CONNECT");
                        if (!await AwaitStartOfReceptionAsync())
                        {
                            call.End(this, orderly: false);
                            WriteRaw([Dle.DataLinkEscape, Dle.EndOfText]);
                            return Fail(words, 0x90);
                        }
                    }

                    WritePageData(pageData.Data);
                    _pageBytesReceived += pageData.Data.Length;
                    if (_options.WedgeDuringReceivedPage)
                    {
                        // Fault: the firmware locks up mid-page, with no <DLE><ETX> and no answer to anything.
                        _wedged = true;
                        return Outcome.Reported;
                    }

                    if (_options.HangUpAfterPageBytes is { } limit && _pageBytesReceived >= limit)
                    {
                        call.End(this, orderly: false);
                        WriteRaw([Dle.DataLinkEscape, Dle.EndOfText]);
                        return Fail(words, 0x90);
                    }

                    continue;
                case CallSignal.EndOfPage end when connected:
                    WriteRaw([Dle.DataLinkEscape, Dle.EndOfText]);
                    _lastReceivedMessage = end.Message;
                    _owesVerdict = true;
                    Report($"{words.PageStatusReport}:1,0,0,0,0");
                    Report($"{words.PostPageReport}:{(int)end.Message}");
                    return Outcome.Ok;
                case CallSignal.Disconnect when !connected:
                    HangUp(orderly: true, HangupStatus.Normal);
                    Report($"{words.HangupReport}:00");
                    return Outcome.Ok;
                default:
                    if (connected)
                    {
                        WriteRaw([Dle.DataLinkEscape, Dle.EndOfText]);
                    }

                    call.End(this, orderly: false);
                    return Fail(words, connected ? 0x90 : 0x73);
            }
        }
    }

    private async Task<bool> AwaitStartOfReceptionAsync()
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        deadline.CancelAfter(_options.StartReceiveWait);
        try
        {
            while (await NextDteByteAsync(deadline.Token) != Dle.DeviceControl2)
            {
            }

            return true;
        }
        catch (OperationCanceledException) when (!_stop.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Page data to the DTE: DLE doubled, a DLE pair as DLE SUB when so configured, bit order per +FBO.</summary>
    private void WritePageData(byte[] lineData)
    {
        var data = lineData.ToArray();
        if ((_bitOrder & 1) == 1)
        {
            BitReversal.ReverseInPlace(data);
        }

        var stuffed = new List<byte>(data.Length + 64);
        for (var i = 0; i < data.Length; i++)
        {
            if (data[i] != Dle.DataLinkEscape)
            {
                stuffed.Add(data[i]);
            }
            else if (_options.SubstituteDoubleDle && i + 1 < data.Length && data[i + 1] == Dle.DataLinkEscape)
            {
                stuffed.Add(Dle.DataLinkEscape);
                stuffed.Add(Dle.Substitute);
                i++;
            }
            else
            {
                stuffed.Add(Dle.DataLinkEscape);
                stuffed.Add(Dle.DataLinkEscape);
            }
        }

        WriteRaw(stuffed.ToArray());
    }

    private static void Garble(byte[] data)
    {
        var noise = new Random(592);
        for (var i = data.Length / 4; i < data.Length * 3 / 4; i++)
        {
            data[i] = (byte)noise.Next(256);
        }
    }

    private async Task<CallSignal?> NextSignalAsync(TimeSpan wait)
    {
        var call = _call;
        if (call is null)
        {
            return null;
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        deadline.CancelAfter(wait);
        try
        {
            return await call.InboxOf(this).ReadAsync(deadline.Token);
        }
        catch (OperationCanceledException) when (!_stop.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>A DCN or a dropped line already waiting for us between pages.</summary>
    private CallSignal? TryTakeEnding()
    {
        var inbox = _call!.InboxOf(this);
        while (inbox.TryRead(out var signal))
        {
            if (signal is CallSignal.Disconnect or CallSignal.LineDropped)
            {
                return signal;
            }
        }

        return null;
    }

    private Outcome Fail(Class2Vocabulary words, int code)
    {
        HangUp(orderly: false, HangupStatus.FromCode(code));
        Report($"{words.HangupReport}:{_lastHangup.Format(words.HexadecimalHangupCodes)}");
        Report("ERROR");
        return Outcome.Reported;
    }

    private void HangUp(bool orderly, HangupStatus status)
    {
        // A ringing call is not touched: ATZ or ATH while the line rings does not stop the ringing.
        lock (_callLock)
        {
            _call?.End(this, orderly);
            _call = null;
        }

        _session = null;
        _owesVerdict = false;
        _lastHangup = status;
    }

    private void Reset()
    {
        HangUp(orderly: false, _lastHangup);
        _faxClass = "0";
        _echo = true;
        _localId = string.Empty;
        _capabilities = _options.Capabilities;
        _wanted = _options.Capabilities;
        _bitOrder = 0;
        _reporting = [0, 0, 0, 0];
        _pageVerdict = PostPageResponse.Confirmed;
        _settings.Clear();
    }

    private bool ReportsRemoteCapabilities(Class2Vocabulary words) => words.Dialect == Class2Dialect.Class2 || _reporting[0] == 1;

    private bool ReportsSession(Class2Vocabulary words) => words.Dialect == Class2Dialect.Class2 || _reporting[1] == 1;

    private bool ReportsIdentities(Class2Vocabulary words) => words.Dialect == Class2Dialect.Class2 || _reporting[2] == 1;

    private void Report(string line) => WriteRaw(Encoding.ASCII.GetBytes($"\r\n{line}\r\n"));

    private void WriteRaw(byte[] data)
    {
        lock (_writeLock)
        {
            try
            {
                _terminal.Write(data, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                // stopping
            }
        }
    }

    private static Task<Outcome> Done(Outcome outcome) => Task.FromResult(outcome);

    private enum Outcome
    {
        Ok,
        Error,
        /// <summary>The command wrote its own final result code.</summary>
        Reported,
    }
}
