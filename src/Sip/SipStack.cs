using System.Net;
using Groupus.Sip.Dialogs;
using Groupus.Sip.Messages;
using Groupus.Sip.Transactions;
using Groupus.Sip.Transport;

namespace Groupus.Sip;

/// <summary>
/// A SIP endpoint on one UDP socket: transport, transaction layer and user agent wired together, with a receive loop
/// running until disposed. The edge of the library: everything under it is pure.
/// </summary>
public sealed class SipStack : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _receiving;

    private SipStack(UdpSipTransport transport, TimeProvider time, SipTimerSettings timers, SipUserAgentOptions options, Random? random)
    {
        Transport = transport;
        Transactions = new SipTransactionLayer(transport, time, timers);
        UserAgent = new SipUserAgent(Transactions, options, random);
        _receiving = transport.RunAsync(Transactions.Receive, _stop.Token);
    }

    public UdpSipTransport Transport { get; }

    public SipTransactionLayer Transactions { get; }

    public SipUserAgent UserAgent { get; }

    public IPEndPoint LocalEndPoint => Transport.LocalEndPoint;

    public static SipStack Start(IPEndPoint local, TimeProvider? time = null, SipTimerSettings? timers = null, SipUserAgentOptions? options = null, Random? random = null) =>
        new(UdpSipTransport.Bind(local), time ?? TimeProvider.System, timers ?? SipTimerSettings.Default, options ?? new SipUserAgentOptions(), random);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        Transport.Dispose();
        await _receiving.ConfigureAwait(false);
        _stop.Dispose();
    }
}
