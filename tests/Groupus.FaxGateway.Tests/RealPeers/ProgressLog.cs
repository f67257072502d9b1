using Groupus.FaxGateway.Class1;
using Xunit.Abstractions;

namespace Groupus.FaxGateway.Tests.RealPeers;

/// <summary>Writes the gateway's progress notes to the test output, synchronously (no thread-pool hop).</summary>
internal sealed class ProgressLog(ITestOutputHelper output) : IProgress<FaxProgress>
{
    public void Report(FaxProgress value)
    {
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
