using Groupus.Sip.Transport;

namespace Groupus.Sip.Transactions;

/// <summary>What every transaction shares: the transport, the clock, the timer values and the stack's lock.</summary>
internal sealed record TransactionContext(ISipTransport Transport, TimeProvider Time, SipTimerSettings Timers, Lock Gate)
{
    public TransactionTimer NewTimer(Action onFire) => new(Time, Gate, onFire);
}
