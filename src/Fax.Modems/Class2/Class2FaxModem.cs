using System.Buffers;
using System.Globalization;
using System.Text;
using Groupus.Fax.Modems.Lines;
using Groupus.Fax.Modems.Serial;
using Groupus.Fax.T30.Calls;
using Groupus.Fax.T30;

namespace Groupus.Fax.Modems.Class2;

/// <summary>
/// A fax modem driven in service class 2 or 2.0: the modem runs T.30 itself and the host gives it pages, takes
/// pages from it and judges their quality. Every step is a command with a deadline; the replies are fed to a
/// <see cref="Class2CallState"/> and the next command is chosen from that state. A modem that misses a deadline
/// is reset and reported with <see cref="ModemNotRespondingException"/>.
/// </summary>
public sealed partial class Class2FaxModem(ModemChannel channel, Class2ModemOptions options) : IFaxModemDriver
{
    private const byte EndOfPageMps = (byte)',';
    private const byte EndOfPageEom = (byte)';';
    private const byte EndOfPageEop = (byte)'.';
    private const byte Cancel = 0x18;
    private const byte TransmitOn = 0x11;

    private readonly Class2Vocabulary _words = Class2Vocabulary.For(options.Dialect);

    /// <summary>Sending: whether the current copy's page data has gone to the modem (then a break leaves it attempted).</summary>
    private bool _pageDataWritten;

    public string FaxClass => _words.ClassValue;

    public Class2ModemOptions Options => options;

    /// <summary>Test seam: how a page becomes line data (the real T.4 coder unless a test swaps it).</summary>
    internal Func<Imaging.FaxPage, Class2SessionParameters, byte[]> EncodePage { get; init; } = Class2PageImage.Encode;

    /// <summary>Test seam: how received line data becomes a page (the real T.4 decoder unless a test swaps it).</summary>
    internal Func<ReadOnlyMemory<byte>, Class2SessionParameters, Imaging.FaxDecodeResult> DecodePage { get; init; } = Class2PageImage.Decode;

    public Task<ModemIdentity> ProbeAsync(CancellationToken cancellationToken) =>
        GuardAsync("the probe", () => ModemProbe.ProbeAsync(channel, options.ResetCommand, options.CommandTimeout, cancellationToken), cancellationToken);

    public Task<FaxCallResult> SendAsync(FaxSendRequest request, IProgress<FaxProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return GuardAsync("the send procedure", async () => await WithHangupAsync(() => SendCoreAsync(request, progress, cancellationToken), cancellationToken)
            with { DocumentPages = request.Pages.Count }, cancellationToken);
    }

    public Task<FaxCallResult> ReceiveAsync(FaxReceiveRequest request, IProgress<FaxProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return GuardAsync("the receive procedure", () => WithHangupAsync(() => ReceiveCoreAsync(request, progress, cancellationToken), cancellationToken), cancellationToken);
    }

    private async ValueTask<int> NextDataByteAsync(CancellationToken cancellationToken)
    {
        var octet = await channel.ReadByteAsync(cancellationToken);
        return octet < 0 ? throw new IOException($"The modem port {channel.Port.Name} closed during page data.") : octet;
    }

    private static void Append(ArrayBufferWriter<byte> data, byte octet)
    {
        data.GetSpan(1)[0] = octet;
        data.Advance(1);
    }

    /// <summary>Resets and sets the modem up for fax; null when it agreed to everything.</summary>
    private async Task<FaxCallResult?> InitialiseAsync(bool receiving, IProgress<FaxProgress>? progress, CancellationToken cancellationToken)
    {
        progress?.Report(new FaxProgress(FaxCallPhase.Initialising, $"Setting up the modem for Class {_words.ClassValue}"));
        await ResetAsync(cancellationToken);
        var commands = new List<string> { "E0V1Q0" };
        commands.AddRange(options.InitCommands);
        commands.Add($"+FCLASS={_words.ClassValue}");
        if (options.Dialect == Class2Dialect.Class20)
        {
            commands.Add($"+FLO={options.FlowControl switch { FlowControl.Software => 1, FlowControl.Hardware => 2, _ => 0 }}");
            commands.Add("+FNR=1,1,1,0");
        }

        commands.Add($"{_words.BitOrder}=0");
        commands.Add($"{_words.LocalId}=\"{Quote(options.LocalId)}\"");
        commands.Add($"{_words.Capabilities}={options.Capabilities.Format()}");
        commands.Add($"+FCR={(receiving ? 1 : 0)}");
        commands.Add("S0=0");
        foreach (var command in commands)
        {
            var reply = await CommandAsync(command, options.CommandTimeout, cancellationToken);
            if (!reply.IsOk)
            {
                return new FaxCallResult(FaxCallOutcome.ProtocolFailure, T30Error.LocalAbort,
                    $"The modem refused AT{command} ({reply.FinalResult})", [], null, null, null);
            }
        }

        return null;
    }

    private async Task ResetAsync(CancellationToken cancellationToken)
    {
        channel.DiscardInput();
        await CommandAsync(options.ResetCommand, options.CommandTimeout, cancellationToken);
        if (options.ResetDelay > TimeSpan.Zero)
        {
            await Task.Delay(options.ResetDelay, cancellationToken);
        }

        channel.DiscardInput();
    }

    private async Task<ModemReply> CommandAsync(string command, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (options.CommandDelay > TimeSpan.Zero)
        {
            await Task.Delay(options.CommandDelay, cancellationToken);
        }

        return await channel.CommandAsync(command, timeout, cancellationToken);
    }

    private FaxCallResult? CallNotConnected(ModemReply reply, Class2CallState call)
    {
        var hangup = Reason(call.Hangup);
        if (reply.IsOk && !call.HasEnded && call.Phase == Class2Phase.Connected)
        {
            return null;
        }

        return reply.FinalResult switch
        {
            var r when r.StartsWith("BUSY", StringComparison.Ordinal) => FaxCallResult.Unconnected(FaxCallOutcome.Busy, "The line is busy", hangup),
            var r when r.StartsWith("NO ANSWER", StringComparison.Ordinal) => FaxCallResult.Unconnected(FaxCallOutcome.NoAnswer, "No answer", hangup),
            var r when r.StartsWith("NO DIAL", StringComparison.Ordinal) => FaxCallResult.Unconnected(FaxCallOutcome.NoDialTone, "No dial tone", hangup),
            _ when call.Hangup is { } status => new FaxCallResult(FaxCallOutcome.ProtocolFailure, status.T30Error,
                $"The call failed: {status.Text}", [], call.RemoteIdentity, null, hangup),
            var r when r.StartsWith("NO CARRIER", StringComparison.Ordinal) => FaxCallResult.Unconnected(FaxCallOutcome.NoCarrier, "No carrier: no fax answered", hangup),
            var r => new FaxCallResult(FaxCallOutcome.ProtocolFailure, T30Error.NoAnswerT1, $"The call did not reach phase B ({r})", [], null, null, hangup),
        };
    }

    private FaxHangupReason? Reason(HangupStatus? status) =>
        status is null ? null : new FaxHangupReason(_words.HangupReport.TrimStart('+'), status.Format(_words.HexadecimalHangupCodes), status.Text);

    private static string DescribeRemote(Class2CallState call) =>
        $"Connected to \"{call.RemoteIdentity ?? string.Empty}\""
        + (call.RemoteCapabilities is { } remote ? $"; remote can receive up to {remote}" : string.Empty)
        + (call.Session is { } session ? $"; session {session}" : string.Empty);

    /// <summary>The post-page response as the page verdict every driver reports: PIP counts as MCF, PIN as RTN (as in T.30).</summary>
    private static PageOutcome OutcomeOf(PostPageResponse response) => response switch
    {
        PostPageResponse.Confirmed or PostPageResponse.InterruptPositive => PageOutcome.Confirmed,
        PostPageResponse.RetrainPositive => PageOutcome.ConfirmedRetrain,
        _ => PageOutcome.Rejected,
    };

    private static string Verdict(PostPageResponse response) => response switch
    {
        PostPageResponse.Confirmed => "MCF",
        PostPageResponse.RetrainNegative => "RTN",
        PostPageResponse.RetrainPositive => "RTP",
        PostPageResponse.InterruptNegative => "PIN",
        PostPageResponse.InterruptPositive => "PIP",
        _ => ((int)response).ToString(CultureInfo.InvariantCulture),
    };

    private static string PostPageName(PostPageMessage message) => message switch
    {
        PostPageMessage.MultiPage => "MPS",
        PostPageMessage.EndOfMessage => "EOM",
        _ => "EOP",
    };

    /// <summary>
    /// Hangs up whatever happens, even after a cancellation (a modem left off hook blocks the line); a failure to hang
    /// up is not allowed to hide the call's own outcome. After a cancellation, &lt;DLE&gt;&lt;CAN&gt; first ends any data phase.
    /// </summary>
    private async Task<FaxCallResult> WithHangupAsync(Func<Task<FaxCallResult>> procedure, CancellationToken cancellationToken)
    {
        FaxCallResult? result = null;
        try
        {
            result = await procedure();
            return result;
        }
        finally
        {
            // No call came: the modem is on hook, and ATH0 would only make some modems refuse the next caller.
            if (result?.Outcome != FaxCallOutcome.NoIncomingCall)
            {
                await HangUpQuietlyAsync(cancellationToken.IsCancellationRequested);
            }
        }
    }

    private async Task HangUpQuietlyAsync(bool cancelled)
    {
        try
        {
            if (cancelled)
            {
                await channel.WriteAsync(new[] { Dle.DataLinkEscape, Cancel }, CancellationToken.None);
            }

            await channel.CommandAsync("H0", options.CommandTimeout, CancellationToken.None);
        }
        catch (Exception exception) when (exception is ModemTimeoutException or IOException)
        {
            // The procedure either succeeded or is already reporting the failure.
        }
    }

    /// <summary>Turns a missed deadline or a closed port into a reset attempt and a typed report.</summary>
    private async Task<T> GuardAsync<T>(string what, Func<Task<T>> operation, CancellationToken cancellationToken)
    {
        try
        {
            return await operation();
        }
        catch (Exception exception) when (exception is ModemTimeoutException or IOException && !cancellationToken.IsCancellationRequested)
        {
            var waitingFor = exception is ModemTimeoutException timeout ? timeout.WaitingFor : what;
            throw new ModemNotRespondingException(channel.Port.Name, waitingFor, await TryResetAsync(), exception);
        }
    }

    private async Task<bool> TryResetAsync()
    {
        try
        {
            // CAN ends a data phase on most modems; then a plain reset.
            await channel.WriteAsync(new[] { Cancel, (byte)'\r' }, CancellationToken.None);
            channel.DiscardInput();
            var reply = await channel.CommandAsync(options.ResetCommand, options.CommandTimeout, CancellationToken.None);
            return reply.IsOk;
        }
        catch (Exception exception) when (exception is ModemTimeoutException or IOException)
        {
            return false;
        }
    }

    /// <summary>Text for a quoted AT string parameter: ASCII, without double quotes.</summary>
    private static string Quote(string text) => Encoding.ASCII.GetString(Encoding.ASCII.GetBytes(text)).Replace("\"", string.Empty, StringComparison.Ordinal);
}
