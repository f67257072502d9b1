using System.Collections.Concurrent;

namespace Groupus.FaxGateway.Emulation;

/// <summary>
/// The in-process "telephone network" emulated modems dial each other through. Numbers are plain strings;
/// a number can be attached to an emulator, marked busy, or marked as ringing with nobody there.
/// </summary>
public sealed class EmulatedTelephoneNetwork
{
    private readonly ConcurrentDictionary<string, Class2ModemEmulator> _lines = new();
    private readonly ConcurrentDictionary<string, bool> _busy = new();
    private readonly ConcurrentDictionary<string, bool> _unanswered = new();

    /// <summary>Time between RING reports (a real line: about 6 s; tests keep it short).</summary>
    public TimeSpan RingInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Rings after which a caller gets NO ANSWER.</summary>
    public int RingsBeforeNoAnswer { get; init; } = 10;

    /// <summary>When false, every dial attempt gets NO DIALTONE.</summary>
    public bool DialTone { get; set; } = true;

    public void Attach(string number, Class2ModemEmulator modem) => _lines[number] = modem;

    public void MarkBusy(string number) => _busy[number] = true;

    public void MarkUnanswered(string number) => _unanswered[number] = true;

    internal async Task<(string? Failure, EmulatedCall? Call)> DialAsync(Class2ModemEmulator caller, string number, CancellationToken cancellationToken)
    {
        if (!DialTone)
        {
            return ("NO DIALTONE", null);
        }

        if (_busy.ContainsKey(number))
        {
            return ("BUSY", null);
        }

        if (_unanswered.ContainsKey(number))
        {
            await Task.Delay(RingInterval * RingsBeforeNoAnswer, cancellationToken);
            return ("NO ANSWER", null);
        }

        if (!_lines.TryGetValue(number, out var answerer) || answerer == caller)
        {
            return ("NO CARRIER", null);
        }

        var call = new EmulatedCall(caller, answerer);
        if (!answerer.OfferCall(call))
        {
            return ("BUSY", null);
        }

        var answered = await call.Answer.Task.WaitAsync(cancellationToken);
        return answered is null ? ("NO ANSWER", null) : (null, call);
    }
}
