using Groupus.Fax.Modems.Class2;
using Groupus.Fax.Imaging;

namespace Groupus.FaxGateway.Tests.Service;

/// <summary>
/// Holds the far-end receiver on one page, after the page data arrived and before its verdict goes back: the
/// gateway's call is then parked mid-page for as long as a test needs, with no timing involved.
/// </summary>
internal sealed class FarEndGate(int holdAtPage)
{
    private readonly ManualResetEventSlim _release = new(false);
    private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _pages;

    public Task Held => _held.Task;

    public void Release() => _release.Set();

    public FaxDecodeResult Decode(ReadOnlyMemory<byte> data, Class2SessionParameters session)
    {
        if (Interlocked.Increment(ref _pages) == holdAtPage)
        {
            _held.TrySetResult();
            _release.Wait(TimeSpan.FromSeconds(30));
        }

        return Class2PageImage.Decode(data, session);
    }
}
