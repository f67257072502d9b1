using Groupus.Fax.Sip.Calls;
using Groupus.Fax.T30;
using Groupus.Fax.T30.Calls;
using Groupus.Fax.T38;

namespace Groupus.Fax.Sip.Tests.Support;

/// <summary>
/// A stand-in for the T.38 terminal: sends CNG indicators over the real UDPTL session and counts the IFPs that come
/// back (SIPp's <c>-rtp_echo</c> returns them). With a count it returns once that many came back; without one it runs
/// until the call ends (BYE, silence).
/// </summary>
internal sealed class EchoFaxCall(int? echoesWanted = null) : IT38FaxCall
{
    private readonly TaskCompletionSource<T38CallContext> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _echoes;

    public int Echoes => Volatile.Read(ref _echoes);

    public bool Cancelled { get; private set; }

    public Task<T38CallContext> Started => _started.Task;

    public async Task<FaxCallResult> RunAsync(T38CallContext call, CancellationToken cancellationToken)
    {
        _started.TrySetResult(call);
        try
        {
            while (echoesWanted is not { } wanted || Echoes < wanted)
            {
                await call.Media.SendAsync(new IfpIndicator(T30IndicatorType.Cng), cancellationToken);
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                wait.CancelAfter(TimeSpan.FromMilliseconds(200));
                try
                {
                    var received = await call.Media.ReceiveAsync(wait.Token);
                    Interlocked.Add(ref _echoes, received.Count);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    // Nothing came back within the pause: send the next one (a silent peer is the user agent's to notice).
                }
            }
        }
        catch (OperationCanceledException)
        {
            Cancelled = true;
        }

        return FaxCallResult.Connected(T30Error.Success, $"{Echoes} IFPs echoed", [], null, null, null);
    }
}
