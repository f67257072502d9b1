namespace Groupus.Fax.T38.Terminal;

/// <summary>
/// Where a <see cref="T38Terminal"/> sends and receives IFP packets: the UDPTL socket session in production
/// (<see cref="UdptlIfpChannel"/>), anything that carries packets in tests.
/// </summary>
public interface IIfpChannel
{
    /// <summary>The most field octets one IFP may carry and still fit the far end's maximum datagram on its own.</summary>
    int MaximumFieldOctets { get; }

    /// <summary>Sends one IFP.</summary>
    ValueTask SendAsync(IfpPacket packet, CancellationToken cancellationToken);

    /// <summary>
    /// The next IFPs, in order and once each; an empty list means the channel has closed (the session is gone).
    /// </summary>
    ValueTask<IReadOnlyList<IfpArrival>> ReceiveAsync(CancellationToken cancellationToken);

    /// <summary>What the channel has counted so far.</summary>
    T38CallStatistics Statistics { get; }
}
