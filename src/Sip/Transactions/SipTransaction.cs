using System.Net;
using Groupus.Sip.Messages;

namespace Groupus.Sip.Transactions;

/// <summary>A §17 transaction: its request, where its messages go, its state; it removes itself from the table when it terminates.</summary>
public abstract class SipTransaction
{
    private readonly List<TransactionTimer> _timers = [];

    private protected SipTransaction(TransactionContext context, string key, SipRequest request, IPEndPoint remote, TransactionState initial)
    {
        Context = context;
        Key = key;
        Request = request;
        Remote = remote;
        State = initial;
    }

    public string Key { get; }

    public SipRequest Request { get; }

    /// <summary>The peer: where requests go (client) or responses go (server, per §18.2.2 and rport).</summary>
    public IPEndPoint Remote { get; }

    public TransactionState State { get; private set; }

    /// <summary>Raised once, when the transaction reaches Terminated.</summary>
    public event Action<SipTransaction>? Terminated;

    private protected TransactionContext Context { get; }

    private protected SipTimerSettings Timers => Context.Timers;

    private protected TransactionTimer NewTimer(Action onFire)
    {
        var timer = Context.NewTimer(onFire);
        _timers.Add(timer);
        return timer;
    }

    private protected void Send(SipMessage message) => Context.Transport.Send(message, Remote);

    private protected void MoveTo(TransactionState state)
    {
        if (State == TransactionState.Terminated)
        {
            return;
        }

        State = state;
        if (state == TransactionState.Terminated)
        {
            foreach (var timer in _timers)
            {
                timer.Stop();
            }

            Terminated?.Invoke(this);
        }
    }

    private protected static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
