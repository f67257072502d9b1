namespace Groupus.Fax.T38;

/// <summary>
/// The largest UDPTL datagram we send: the far end's SDP <c>T38FaxMaxDatagram</c>. A stated value of 0, one below
/// <see cref="Minimum"/> (too small for a primary IFP) or above <see cref="Maximum"/> (the largest IPv4 UDP payload) is
/// taken for a misconfiguration and replaced by <see cref="Default"/>, as is a missing one.
/// </summary>
public static class UdptlDatagramLimit
{
    /// <summary>The value most ATAs state and what spandsp-based peers accept; small enough to avoid IP fragmentation.</summary>
    public const int Default = 400;

    public const int Minimum = 48;

    public const int Maximum = 65507;

    public static int Resolve(int? stated) => stated is >= Minimum and <= Maximum ? stated.Value : Default;
}
