namespace Groupus.Fax.T38;

/// <summary>
/// What a receive window saw. <see cref="Recovered"/> counts IFPs whose own datagram never arrived and that redundancy
/// or FEC supplied (an original that turns up late after all moves from Recovered to Reordered).
/// </summary>
public sealed record UdptlReceiveStatistics(
    long Datagrams,
    long Delivered,
    long Recovered,
    long Lost,
    long Duplicates,
    long Reordered,
    long Late,
    long Restarts);
