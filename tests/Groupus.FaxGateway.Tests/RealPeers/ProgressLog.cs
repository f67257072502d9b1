using Groupus.Fax.Modems.Class1;
using Xunit.Abstractions;

namespace Groupus.FaxGateway.Tests.RealPeers;

/// <summary>Writes the gateway's progress notes to the test output, synchronously (no thread-pool hop).</summary>
internal sealed class ProgressLog(ITestOutputHelper output) : IProgress<FaxProgress>
{
    private readonly TaskCompletionSource waitingForCall = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> messages = [];

    /// <summary>Completes once the gateway reported that it waits for a call.</summary>
    public Task WaitingForCall => waitingForCall.Task;

    /// <summary>Every progress message so far, in order.</summary>
    public IReadOnlyList<string> Messages
    {
        get
        {
            lock (messages)
            {
                return [.. messages];
            }
        }
    }

    public void Report(FaxProgress value)
    {
        lock (messages)
        {
            messages.Add(value.Message);
        }

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
