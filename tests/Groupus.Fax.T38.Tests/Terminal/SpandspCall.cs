using System.Net;
using Groupus.Fax.Imaging;
using Groupus.Fax.Imaging.Tiff;
using Groupus.Fax.T38.Terminal;
using Groupus.Fax.T38.Tests.Peers;

namespace Groupus.Fax.T38.Tests.Terminal;

/// <summary>
/// One fax call between our <see cref="T38Terminal"/> on a real <see cref="UdptlSocketSession"/> and the spandsp peer,
/// on loopback, directly or through a <see cref="UdpRelay"/>. Files go to a fresh directory the caller owns.
/// </summary>
public sealed class SpandspCall(string directory)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    public string ReferenceTiff => Path.Combine(directory, "sent.tif");

    public string ReceivedTiff => Path.Combine(directory, "received.tif");

    /// <summary>We call and send <paramref name="pages"/>; spandsp answers and writes <see cref="ReceivedTiff"/>.</summary>
    public Task<SpandspCallOutcome> WeSendAsync(T38Scenario scenario, IReadOnlyList<FaxPage> pages, UdpRelay? relay = null)
    {
        FaxTiffWriter.Write(ReferenceTiff, pages);
        return RunAsync(scenario, relay, peerSends: false, (terminal, channel, cancellation) => terminal.SendAsync(pages, scenario.Terminal, channel, cancellation));
    }

    /// <summary>spandsp calls and sends <paramref name="pages"/>; we answer, and write what we kept to <see cref="ReceivedTiff"/>.</summary>
    public async Task<SpandspCallOutcome> WeReceiveAsync(T38Scenario scenario, IReadOnlyList<FaxPage> pages, UdpRelay? relay = null)
    {
        FaxTiffWriter.Write(ReferenceTiff, pages);
        var outcome = await RunAsync(scenario, relay, peerSends: true, (terminal, channel, cancellation) => terminal.ReceiveAsync(scenario.Terminal, channel, cancellation));
        if (outcome.Ours.ReceivedPages.Count > 0)
        {
            FaxTiffWriter.Write(ReceivedTiff, outcome.Ours.ReceivedPages);
        }

        return outcome;
    }

    private async Task<SpandspCallOutcome> RunAsync(
        T38Scenario scenario, UdpRelay? relay, bool peerSends, Func<T38Terminal, IIfpChannel, CancellationToken, Task<T38CallResult>> run)
    {
        var options = scenario.Session;
        await using var session = UdptlSocketSession.Open(new IPEndPoint(IPAddress.Loopback, 0), options);
        var peerTarget = relay?.PeerSide.Port ?? session.LocalEndPoint.Port;
        relay?.SetUs(session.LocalEndPoint);
        var (peer, peerEndPoint) = await SpandspT38Peer.StartAsync(peerSends, peerSends ? ReferenceTiff : ReceivedTiff, peerTarget, scenario.Peer);
        using (peer)
        {
            relay?.SetPeer(peerEndPoint);
            session.SetSignalledRemote(relay?.OurSide ?? peerEndPoint);
            session.Start();
            using var cancellation = new CancellationTokenSource(Patience);
            var channel = new UdptlIfpChannel(session, options);
            var ours = await run(new T38Terminal(), channel, cancellation.Token);
            var theirs = await peer.WaitAsync(Patience);
            return new SpandspCallOutcome(ours, theirs, await DrainAsync(session), peer.Output);
        }
    }

    /// <summary>Reads what still arrived after our call ended, so the statistics account for every datagram the peer sent.</summary>
    private static async Task<UdptlSessionStatistics> DrainAsync(UdptlSocketSession session)
    {
        while (true)
        {
            using var quiet = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
            try
            {
                await session.ReceiveAsync(quiet.Token);
            }
            catch (OperationCanceledException)
            {
                session.Flush();
                return session.Statistics;
            }
        }
    }
}
