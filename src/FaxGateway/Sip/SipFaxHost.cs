using Groupus.Fax.Sip;
using Groupus.Fax.Sip.Calls;
using Groupus.Fax.Sip.Lines;
using Microsoft.Extensions.Options;

namespace Groupus.FaxGateway.Sip;

/// <summary>
/// Runs the SIP fax user agent beside the serial lines while the gateway runs (when <c>Sip:Enabled</c>). Its ATA
/// credentials come from configuration until the core hands them over the link (ADR 0056).
/// </summary>
public sealed class SipFaxHost(IOptions<SipFaxOptions> options, ISipFaxRouter router, TimeProvider time, ILogger<SipFaxHost> logger) : IHostedService, IAsyncDisposable
{
    private SipFaxUserAgent? _userAgent;

    /// <summary>The running user agent (null when SIP is disabled or not started): what <c>sip status</c> reads.</summary>
    public SipFaxUserAgent? UserAgent => _userAgent;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return Task.CompletedTask;
        }

        _userAgent = SipFaxUserAgent.Start(settings, new ConfiguredAtaCredentials(settings.Accounts), router, time);
        logger.LogInformation(
            "SIP fax user agent listening on {EndPoint} with {Accounts} ATA lines and {Trunks} trunks",
            _userAgent.LocalEndPoint,
            settings.Accounts.Count,
            settings.Trunks.Count);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _userAgent, null) is { } userAgent)
        {
            await userAgent.DisposeAsync();
        }
    }
}
