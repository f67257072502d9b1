using Groupus.Fax.Modems.Lines;
using Groupus.Fax.Modems.Serial;
using Groupus.Fax.T30;
using Groupus.Fax.T30.Calls;
using LineFaxProgress = Groupus.Fax.T30.Calls.FaxProgress;

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
        return ToLineResult(result, request);
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
            PhaseOf(note.Phase), note.Message, note.Page?.PageNumber,
            note.Page is { } page ? FaxPageReport.FromT30(page, FaxSessionParameters.FromT30(page, null), sending?.Pages, null) : null)));

    private static FaxCallPhase PhaseOf(T30Phase phase) => phase switch
    {
        T30Phase.B => FaxCallPhase.Negotiating,
        T30Phase.C => FaxCallPhase.Transferring,
        T30Phase.D => FaxCallPhase.PostPage,
        T30Phase.E or T30Phase.Completed => FaxCallPhase.HangingUp,
        _ => FaxCallPhase.Dialling,
    };

    /// <summary>
    /// Class 1's terms to the driver-neutral result: a call with a T.30 session becomes its result through
    /// <see cref="FaxCallResult.FromSession"/> (as the T.38 terminal's will); one without is a phase A outcome.
    /// </summary>
    /// <param name="sending">The request when sending; null when receiving.</param>
    private static FaxCallResult ToLineResult(Class1CallResult result, FaxSendRequest? sending)
    {
        if (result.Outcome == Class1CallOutcome.ModemNotResponding)
        {
            throw new ModemNotRespondingException(result.Modem?.ToString() ?? "modem", result.Detail, resetSucceeded: false, null);
        }

        if (result.Session is { } session)
        {
            return FaxCallResult.FromSession(session, sending?.Pages, result.ReceivedPages);
        }

        var outcome = result.Outcome switch
        {
            Class1CallOutcome.Busy => FaxCallOutcome.Busy,
            Class1CallOutcome.NoAnswer => FaxCallOutcome.NoAnswer,
            Class1CallOutcome.NoDialTone => FaxCallOutcome.NoDialTone,
            Class1CallOutcome.NoCall => FaxCallOutcome.NoIncomingCall,
            Class1CallOutcome.NoCarrier or Class1CallOutcome.NotFax or Class1CallOutcome.DialRejected => FaxCallOutcome.NoCarrier,
            _ => FaxCallOutcome.ProtocolFailure,
        };
        return FaxCallResult.Unconnected(outcome, result.Detail) with { DocumentPages = sending?.Pages.Count };
    }
}
