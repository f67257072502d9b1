using Groupus.Fax.Sip.Calls;

namespace Groupus.Fax.Sip.Tests.Support;

/// <summary>
/// Inbound routing for the tests: <see cref="KnownNumber"/> goes to <see cref="Fax"/>; <see cref="HeldNumber"/> is still
/// being decided when the caller gives up (it waits for the cancellation); any other number is unknown.
/// </summary>
internal sealed class TestRouter(IT38FaxCall fax) : ISipFaxRouter
{
    public const string KnownNumber = "5551000";
    public const string HeldNumber = "5551999";

    private readonly TaskCompletionSource _heldCancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _routed;

    public IT38FaxCall Fax { get; } = fax;

    public int Routed => Volatile.Read(ref _routed);

    public InboundFaxCall? Last { get; private set; }

    public Task HeldCallCancelled => _heldCancelled.Task;

    public async ValueTask<IT38FaxCall?> RouteAsync(InboundFaxCall call, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _routed);
        Last = call;
        if (call.CalledNumber == HeldNumber)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                _heldCancelled.TrySetResult();
                throw;
            }
        }

        return call.CalledNumber == KnownNumber ? Fax : null;
    }
}
