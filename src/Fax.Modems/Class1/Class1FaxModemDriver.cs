using Groupus.Fax.Modems.Lines;
using Groupus.Fax.Modems.Serial;
using Groupus.Fax.T30;
using LineFaxProgress = Groupus.Fax.Modems.Lines.FaxProgress;

namespace Groupus.Fax.Modems.Class1;

/// <summary>
/// The Class 1 driver behind the driver-neutral <see cref="IFaxModemDriver"/>, so the diagnostic commands and the
/// service's lines use Class 1 modems (iaxmodem among them) exactly as they use Class 2/2.0 ones.
/// </summary>
public sealed class Class1FaxModemDriver(ModemChannel channel, Lines.FaxLineOptions line, TimeProvider? clock = null) : IFaxModemDriver
{
    private readonly Class1Fax _fax = new(clock);

    // What the modem said it is, so a line that keeps listening need not ask again.
    private Class1ModemInfo? _modem;

    public string FaxClass => "1";

    public Task<ModemIdentity> ProbeAsync(CancellationToken cancellationToken) =>
        ModemProbe.ProbeAsync(channel, line.Quirks.ResetCommand, TimeSpan.FromSeconds(line.Quirks.CommandTimeoutSeconds), cancellationToken);

    public async Task<FaxCallResult> SendAsync(FaxSendRequest request, IProgress<LineFaxProgress>? progress, CancellationToken cancellationToken)
    {
        var result = await _fax.SendAsync(channel.Port, request.Number, request.Pages, Options(), Adapt(progress, request), cancellationToken);
        return ToLineResult(result, request) with { DocumentPages = request.Pages.Count };
    }

    public async Task<FaxCallResult> ReceiveAsync(FaxReceiveRequest request, IProgress<LineFaxProgress>? progress, CancellationToken cancellationToken)
    {
        var options = Options() with
        {
            RingsBeforeAnswer = request.AnswerRings,
            WaitForCall = request.WaitForCall,
            ModemReady = request.ModemReady,
            KnownModem = _modem,
        };
        var result = await _fax.ReceiveAsync(channel.Port, options, Adapt(progress, null), cancellationToken);
        _modem = result.Modem ?? _modem;
        return ToLineResult(result, null);
    }

    private FaxLineOptions Options() => new()
    {
        LocalIdentity = line.LocalId,
        Capabilities = line.Ecm != false ? new T30Capabilities { ErrorCorrection = true, T6Coding = true } : new T30Capabilities(),
        Modem = new Class1ModemSettings
        {
            ResetCommand = line.Quirks.ResetCommand,
            InitCommands = ["E0", "V1", "Q0", .. line.Quirks.InitCommands],
            Port = line.Port.ToModemPortOptions(),
            CommandTimeout = TimeSpan.FromSeconds(line.Quirks.CommandTimeoutSeconds),
        },
    };

    // Synchronous, so page verdicts reach the host in order and before the call's result.
    private static SynchronousProgress<FaxProgress>? Adapt(IProgress<LineFaxProgress>? progress, FaxSendRequest? sending) =>
        progress is null ? null : new SynchronousProgress<FaxProgress>(note => progress.Report(new LineFaxProgress(
            PhaseOf(note.Phase), note.Message, note.Page?.PageNumber, note.Page is { } page ? ToPageReport(page, 1728, 0, null, sending) : null)));

    private static FaxCallPhase PhaseOf(T30Phase phase) => phase switch
    {
        T30Phase.B => FaxCallPhase.Negotiating,
        T30Phase.C => FaxCallPhase.Transferring,
        T30Phase.D => FaxCallPhase.PostPage,
        T30Phase.E or T30Phase.Completed => FaxCallPhase.HangingUp,
        _ => FaxCallPhase.Dialling,
    };

    /// <param name="sending">The request when sending; null when receiving.</param>
    private static FaxCallResult ToLineResult(Class1CallResult result, FaxSendRequest? sending)
    {
        if (result.Outcome == Class1CallOutcome.ModemNotResponding)
        {
            throw new ModemNotRespondingException(result.Modem?.ToString() ?? "modem", result.Detail, resetSucceeded: false, null);
        }

        var width = result.Parameters?.Width switch
        {
            PageWidth.B4 => 2048,
            PageWidth.A3 => 2432,
            _ => 1728,
        };
        var minimumScanLine = result.Parameters?.MinScanLineTimeMs ?? 0;
        var pages = result.Pages.Select((page, index) => ToPageReport(
            page, width, minimumScanLine, sending is null && index < result.ReceivedPages.Count ? result.ReceivedPages[index] : null, sending)).ToList();
        var outcome = result.Outcome switch
        {
            Class1CallOutcome.Completed => FaxCallOutcome.Success,
            Class1CallOutcome.Busy => FaxCallOutcome.Busy,
            Class1CallOutcome.NoAnswer => FaxCallOutcome.NoAnswer,
            Class1CallOutcome.NoDialTone => FaxCallOutcome.NoDialTone,
            Class1CallOutcome.NoCall => FaxCallOutcome.NoIncomingCall,
            Class1CallOutcome.NoCarrier or Class1CallOutcome.NotFax or Class1CallOutcome.DialRejected => FaxCallOutcome.NoCarrier,
            _ when pages.Any(p => p.Accepted) => FaxCallOutcome.Partial,
            _ => FaxCallOutcome.ProtocolFailure,
        };
        var parameters = pages.LastOrDefault()?.Parameters;
        return new FaxCallResult(outcome, result.Error ?? T30Error.NoAnswerT1, result.Detail, pages, result.RemoteIdentity, parameters, null);
    }

    private static FaxPageReport ToPageReport(PageResult page, int width, int minimumScanLine, Imaging.FaxPage? image, FaxSendRequest? sending)
    {
        var parameters = new FaxSessionParameters(page.Resolution, page.BitRate, width, page.Coding, page.ErrorCorrection, minimumScanLine);
        // The engine does not count the rows it sends: a sent page's rows are those of the document's page.
        var rows = sending is not null && page.PageNumber >= 1 && page.PageNumber <= sending.Pages.Count
            ? sending.Pages[page.PageNumber - 1].Height
            : page.Rows;
        if (page.Outcome == PageOutcome.Attempted)
        {
            return FaxPageReport.Unanswered(page.PageNumber, parameters, rows, page.Retries);
        }

        return new FaxPageReport(page.PageNumber, page.Accepted, page.Response?.ToString() ?? page.Outcome.ToString(), parameters, rows, page.BadRows, page.Retries, image);
    }
}
