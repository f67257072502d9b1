using System.Threading.Channels;

namespace Groupus.FaxGateway.Emulation;

/// <summary>A call between two emulated modems: two one-way signal queues and the ringing state.</summary>
internal sealed class EmulatedCall
{
    private readonly Channel<CallSignal> _toCaller = Channel.CreateUnbounded<CallSignal>();
    private readonly Channel<CallSignal> _toAnswerer = Channel.CreateUnbounded<CallSignal>();
    private int _ended;

    public EmulatedCall(Class2ModemEmulator caller, Class2ModemEmulator answerer)
    {
        Caller = caller;
        Answerer = answerer;
    }

    public Class2ModemEmulator Caller { get; }

    public Class2ModemEmulator Answerer { get; }

    /// <summary>Completed with the answerer's <see cref="CallSignal.Answered"/>, or null when nobody answered.</summary>
    public TaskCompletionSource<CallSignal.Answered?> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool HasEnded => Volatile.Read(ref _ended) == 1;

    public ChannelReader<CallSignal> InboxOf(Class2ModemEmulator modem) => modem == Caller ? _toCaller.Reader : _toAnswerer.Reader;

    public void Send(Class2ModemEmulator from, CallSignal signal)
    {
        if (!HasEnded)
        {
            (from == Caller ? _toAnswerer : _toCaller).Writer.TryWrite(signal);
        }
    }

    /// <summary>Ends the call from <paramref name="from"/>'s side: the other side is told with DCN or a dropped line.</summary>
    public void End(Class2ModemEmulator from, bool orderly)
    {
        Send(from, orderly ? new CallSignal.Disconnect() : new CallSignal.LineDropped());
        Interlocked.Exchange(ref _ended, 1);
        Answer.TrySetResult(null);
    }
}
