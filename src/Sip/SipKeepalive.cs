using System.Net;
using Groupus.Sip.Messages;
using Groupus.Sip.Transport;

namespace Groupus.Sip;

/// <summary>
/// Pings one peer every interval, by CRLF or OPTIONS, and tells whether it answered the last ping: a CRLF ping counts as
/// answered when a pong arrived before the next one; an OPTIONS when any final response other than 408 came.
/// </summary>
public sealed class SipKeepalive : IDisposable
{
    private readonly SipStack _stack;
    private readonly IPEndPoint _peer;
    private readonly SipUri _target;
    private readonly KeepaliveMode _mode;
    private readonly ITimer _timer;
    private long _pongsAtLastPing;
    private bool _awaitingPong;

    public SipKeepalive(SipStack stack, IPEndPoint peer, SipUri target, KeepaliveMode mode, TimeSpan interval, TimeProvider time)
    {
        _stack = stack;
        _peer = peer;
        _target = target;
        _mode = mode;
        _timer = time.CreateTimer(_ => Tick(), null, TimeSpan.Zero, interval);
    }

    /// <summary>Null until the first ping has had its chance to be answered.</summary>
    public bool? PeerAlive { get; private set; }

    public int PingsSent { get; private set; }

    public event Action<bool>? PeerAliveChanged;

    private void Tick()
    {
        lock (_stack.Transactions.Gate)
        {
            if (_mode == KeepaliveMode.Crlf)
            {
                if (_awaitingPong)
                {
                    Report(_stack.Transport.PongsReceived > _pongsAtLastPing);
                }

                _pongsAtLastPing = _stack.Transport.PongsReceived;
                _awaitingPong = true;
                _stack.Transport.SendPing(_peer);
            }
            else
            {
                _ = _stack.UserAgent.OptionsAsync(_target, _peer).ContinueWith(
                    t => Report(t.IsCompletedSuccessfully && t.Result.StatusCode != 408),
                    CancellationToken.None,
                    TaskContinuationOptions.ExecuteSynchronously,
                    TaskScheduler.Default);
            }

            PingsSent++;
        }
    }

    private void Report(bool alive)
    {
        var changed = PeerAlive != alive;
        PeerAlive = alive;
        if (changed)
        {
            PeerAliveChanged?.Invoke(alive);
        }
    }

    public void Dispose() => _timer.Dispose();
}
