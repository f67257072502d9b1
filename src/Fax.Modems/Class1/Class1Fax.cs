using Groupus.Fax.Imaging;
using Groupus.Fax.Modems.Serial;
using Groupus.Fax.T30.Pages;
using Groupus.Fax.T30;

namespace Groupus.Fax.Modems.Class1;

/// <summary>
/// Sends and receives faxes through a Class 1 / 1.0 modem: the face the service mode and the diagnostic CLI use.
/// Each call initialises the modem, places or takes the call, runs T.30 (ECM only when the capabilities ask for it)
/// and hangs up. A modem that goes silent is reset and reported as <see cref="Class1CallOutcome.ModemNotResponding"/>;
/// nothing is waited on forever. The caller owns the port.
/// </summary>
public sealed class Class1Fax(TimeProvider? timeProvider = null)
{
    private readonly TimeProvider time = timeProvider ?? TimeProvider.System;

    /// <summary>Dials <paramref name="number"/> and sends <paramref name="pages"/>.</summary>
    public Task<Class1CallResult> SendAsync(
        IModemPort port,
        string number,
        IReadOnlyList<FaxPage> pages,
        FaxLineOptions options,
        IProgress<FaxProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        return RunCallAsync(
            port,
            options,
            progress,
            async (modem, info, call) =>
            {
                progress?.Report(new FaxProgress(T30Phase.A, $"Dialling {number}"));
                var dialled = await modem.DialAsync(number, cancellationToken);
                if (dialled != DialOutcome.Connected)
                {
                    await TryHangUpAsync(modem);
                    return Class1CallResult.WithoutSession(OutcomeOf(dialled), $"Dialling {number}: {dialled}", info);
                }

                var session = T30Session.CreateCaller(SessionOptions(options, info), new FaxPageSource(pages));
                call.Session = session;
                var transport = new Class1Transport(modem, time, observe: (_, action) => Report(progress, action));
                var result = await transport.RunAsync(session, Class1CallState.Dialled, cancellationToken);
                return FromSession(result, [], info);
            },
            cancellationToken);
    }

    /// <summary>Waits for a call, answers after <see cref="FaxLineOptions.RingsBeforeAnswer"/> rings and receives a document.</summary>
    public Task<Class1CallResult> ReceiveAsync(
        IModemPort port,
        FaxLineOptions options,
        IProgress<FaxProgress>? progress,
        CancellationToken cancellationToken) =>
        RunCallAsync(
            port,
            options,
            progress,
            async (modem, info, call) =>
            {
                progress?.Report(new FaxProgress(T30Phase.A, "Waiting for a call"));
                var adaptive = options.Modem.UseAdaptiveAnswer && info?.AdaptiveAnswer == true;
                var answered = await modem.AnswerAsync(options.RingsBeforeAnswer, options.WaitForCall, adaptive, cancellationToken, call.RingsHeard);
                if (answered == AnswerOutcome.NoCall)
                {
                    // Still on hook: ATH0 would only make some modems refuse the next caller for a while.
                    return Class1CallResult.WithoutSession(Class1CallOutcome.NoCall, $"Answering: {answered}", info);
                }

                if (answered != AnswerOutcome.Connected)
                {
                    await TryHangUpAsync(modem);
                    return Class1CallResult.WithoutSession(OutcomeOf(answered), $"Answering: {answered}", info);
                }

                var session = T30Session.CreateAnswerer(SessionOptions(options, info));
                call.Session = session;
                var transport = new Class1Transport(
                    modem,
                    time,
                    ReceivedPageDecoder.Measure,
                    (s, action) =>
                    {
                        Report(progress, action);
                        if (action is ReportPage { Result.Accepted: true } page && s.Parameters is { } parameters)
                        {
                            call.ReceivedPages.Add(ReceivedPageDecoder.Decode(page.Data, parameters).Page);
                        }
                    });
                var result = await transport.RunAsync(session, Class1CallState.Answered, cancellationToken);
                return FromSession(result, call.ReceivedPages, info);
            },
            cancellationToken);

    /// <summary>Initialises the modem and asks what it is and what it can do (for the diagnostic CLI); no call is made.</summary>
    public async Task<Class1ModemInfo> ProbeAsync(IModemPort port, FaxLineOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(port);
        ArgumentNullException.ThrowIfNull(options);
        var modem = new Class1Modem(new ModemChannel(port), options.Modem, time);
        await modem.InitialiseAsync(cancellationToken);
        return await modem.ProbeAsync(cancellationToken);
    }

    private async Task<Class1CallResult> RunCallAsync(
        IModemPort port,
        FaxLineOptions options,
        IProgress<FaxProgress>? progress,
        Func<Class1Modem, Class1ModemInfo?, ActiveCall, Task<Class1CallResult>> call,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(port);
        ArgumentNullException.ThrowIfNull(options);
        var modem = new Class1Modem(new ModemChannel(port), options.Modem, time);
        var active = new ActiveCall();
        Class1ModemInfo? info = null;
        try
        {
            var idle = options.ModemReady ? await modem.CheckIdleAsync(cancellationToken) : null;
            if (idle is { } rings)
            {
                active.RingsHeard = rings;
                info = options.KnownModem;
            }
            else
            {
                progress?.Report(new FaxProgress(T30Phase.Idle, $"Initialising the modem on {port.Name}"));
                await modem.InitialiseAsync(cancellationToken);
            }

            if (options.ProbeModem && info is null)
            {
                info = await modem.ProbeAsync(cancellationToken);
                if (info.ServiceClasses.Count > 0 && !info.SupportsClass1)
                {
                    return Class1CallResult.WithoutSession(
                        Class1CallOutcome.ModemFailed, $"The modem on {port.Name} ({info}) offers no Class 1: +FCLASS=? gave {string.Join(',', info.ServiceClasses)}", info);
                }
            }

            return await call(modem, info, active);
        }
        catch (ModemTimeoutException e)
        {
            var recovered = await modem.RecoverAsync(CancellationToken.None);
            var detail = $"{e.Message} The modem was reset{(recovered ? string.Empty : " but still does not answer")}.";
            return new Class1CallResult(Class1CallOutcome.ModemNotResponding, detail, active.Interrupted(detail), active.ReceivedPages, info);
        }
        catch (Exception e) when (e is ModemCommandException or IOException)
        {
            return Class1CallResult.WithoutSession(Class1CallOutcome.ModemFailed, e.Message, info);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await modem.RecoverAsync(CancellationToken.None);
            throw;
        }
    }

    private static T30Options SessionOptions(FaxLineOptions options, Class1ModemInfo? info)
    {
        var modems = options.Capabilities.Modems & ModemCapabilities.Usable(info);
        return new T30Options
        {
            LocalIdentity = options.LocalIdentity,
            Timers = options.Timers,
            Capabilities = options.Capabilities with { Modems = modems },
            MeasureEcmPage = ReceivedPageDecoder.Measure,
        };
    }

    private static async Task TryHangUpAsync(Class1Modem modem)
    {
        try
        {
            await modem.HangUpAsync(CancellationToken.None);
        }
        catch (ModemTimeoutException)
        {
            await modem.RecoverAsync(CancellationToken.None);
        }
    }

    private static void Report(IProgress<FaxProgress>? progress, T30Action action)
    {
        switch (action)
        {
            case ReportProgress report:
                progress?.Report(new FaxProgress(report.Progress.Phase, report.Progress.Message));
                break;
            case ReportPage page:
                progress?.Report(new FaxProgress(T30Phase.D, $"Page {page.Result.PageNumber}: {page.Result.Response?.ToString() ?? page.Result.Outcome.ToString()} ({page.Result.Outcome})", page.Result));
                break;
        }
    }

    private static Class1CallResult FromSession(T30SessionResult result, IReadOnlyList<FaxPage> received, Class1ModemInfo? info) =>
        new(result.Success ? Class1CallOutcome.Completed : Class1CallOutcome.SessionFailed, result.Detail, result, received, info);

    private static Class1CallOutcome OutcomeOf(DialOutcome outcome) => outcome switch
    {
        DialOutcome.Busy => Class1CallOutcome.Busy,
        DialOutcome.NoAnswer => Class1CallOutcome.NoAnswer,
        DialOutcome.NoCarrier => Class1CallOutcome.NoCarrier,
        DialOutcome.NoDialTone => Class1CallOutcome.NoDialTone,
        _ => Class1CallOutcome.DialRejected,
    };

    private static Class1CallOutcome OutcomeOf(AnswerOutcome outcome) => outcome switch
    {
        AnswerOutcome.NoCall => Class1CallOutcome.NoCall,
        AnswerOutcome.NotFax => Class1CallOutcome.NotFax,
        _ => Class1CallOutcome.NoCarrier,
    };
}
