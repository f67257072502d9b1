using Groupus.Fax.Modems.Lines;
using Groupus.Fax.T30.Calls;

namespace Groupus.FaxGateway.Diagnostics;

/// <summary>Writes each step of a call as it happens (synchronously, so lines keep their order).</summary>
internal sealed class TerminalProgress(TextWriter output) : IProgress<FaxProgress>
{
    public void Report(FaxProgress value) =>
        output.WriteLine($"[{DateTime.Now:HH:mm:ss}] {value.Phase,-14} {value.Message}");
}
