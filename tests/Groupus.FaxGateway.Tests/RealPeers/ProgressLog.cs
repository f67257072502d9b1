using Groupus.FaxGateway.Class1;
using Xunit.Abstractions;

namespace Groupus.FaxGateway.Tests.RealPeers;

/// <summary>Writes the gateway's progress notes to the test output, synchronously (no thread-pool hop).</summary>
internal sealed class ProgressLog(ITestOutputHelper output) : IProgress<FaxProgress>
{
    private readonly TaskCompletionSource waitingForCall = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the gateway reported that it waits for a call.</summary>
    public Task WaitingForCall => waitingForCall.Task;

    public void Report(FaxProgress value)
    {
        if (value.Message.StartsWith("Waiting for a call", StringComparison.Ordinal))
        {
            waitingForCall.TrySetResult();
        }

        try
        {
            output.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} [{value.Phase}] {value.Message}");
        }
        catch (InvalidOperationException)
        {
            // The test has already finished.
        }
    }
}
