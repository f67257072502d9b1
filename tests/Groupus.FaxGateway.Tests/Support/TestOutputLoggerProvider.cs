using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Groupus.FaxGateway.Tests.Support;

/// <summary>
/// Writes a host's log lines, time-stamped, to the test output, which the runner shows for a failing test: the
/// gateway's own account of a call next to the far end's.
/// </summary>
internal sealed class TestOutputLoggerProvider(ITestOutputHelper output, string prefix = "gateway") : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Writer(output, $"{prefix} {categoryName}");

    public void Dispose()
    {
    }

    private sealed class Writer(ITestOutputHelper output, string source) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = $"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel} {source}: {formatter(state, exception)}";
            try
            {
                output.WriteLine(exception is null ? line : $"{line}\n{exception}");
            }
            catch (InvalidOperationException)
            {
                // The test has already finished (a host stopping after it).
            }
        }
    }
}
