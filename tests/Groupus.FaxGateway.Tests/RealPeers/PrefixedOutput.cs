using Xunit.Abstractions;

namespace Groupus.FaxGateway.Tests.RealPeers;

/// <summary>Test output with a prefix on every line, to tell two ends of one call apart.</summary>
internal sealed class PrefixedOutput(ITestOutputHelper inner, string prefix) : ITestOutputHelper
{
    public void WriteLine(string message) => inner.WriteLine($"{prefix} {message}");

    public void WriteLine(string format, params object[] args) => inner.WriteLine($"{prefix} {string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args)}");
}
