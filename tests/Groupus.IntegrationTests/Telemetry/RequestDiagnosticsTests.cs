using Groupus.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Groupus.IntegrationTests.Telemetry;

/// <summary>
/// ASP.NET Core's hosting starts an Activity and a logging scope for every request whenever its diagnostics logger is
/// enabled at any level, even with nothing tracing and request logging filtered out. That logger is off by default,
/// so an unobserved call pays for neither; tracing (OTLP) still makes its spans through its own listener.
/// </summary>
public sealed class RequestDiagnosticsTests
{
    [Fact]
    public async Task The_hosting_diagnostics_logger_is_off_so_requests_start_no_activity_or_scope_of_their_own()
    {
        await using var server = await TestServer.StartAsync();

        var logger = server.App.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics");

        Assert.False(logger.IsEnabled(LogLevel.Critical));
    }
}
