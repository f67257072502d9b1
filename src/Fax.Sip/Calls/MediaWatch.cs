using Groupus.Fax.T38;

namespace Groupus.Fax.Sip.Calls;

/// <summary>Notices a silent peer: completes once no UDPTL datagram has arrived for the media timeout.</summary>
internal static class MediaWatch
{
    public static async Task UntilSilentAsync(UdptlSocketSession media, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        var check = timeout / 4;
        long seen = media.Statistics.DatagramsReceived;
        var lastHeard = time.GetUtcNow();
        while (time.GetUtcNow() - lastHeard < timeout)
        {
            await Task.Delay(check, time, cancellationToken).ConfigureAwait(false);
            long now = media.Statistics.DatagramsReceived;
            if (now != seen)
            {
                (seen, lastHeard) = (now, time.GetUtcNow());
            }
        }
    }
}
