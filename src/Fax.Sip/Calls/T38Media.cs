using System.Net;
using Groupus.Fax.T38;
using Groupus.Sdp;

namespace Groupus.Fax.Sip.Calls;

/// <summary>Turns negotiated SDP into what the UDPTL socket session needs (ADR 0053: the gateway joins SDP and T.38).</summary>
internal static class T38Media
{
    /// <param name="agreed">The parameters of the answer (ours or the peer's): version and error correction.</param>
    /// <param name="peerMaxDatagram">What the peer stated as <c>T38FaxMaxDatagram</c> (our datagrams never exceed it).</param>
    public static UdptlSessionOptions SessionOptions(T38Parameters agreed, int? peerMaxDatagram) => new()
    {
        Version = Math.Clamp(agreed.Version ?? 0, T38Version.Minimum, T38Version.Maximum),
        Sender = new UdptlSenderOptions
        {
            Mode = agreed.ErrorCorrections.Count == 0 ? UdptlErrorCorrectionMode.None
                : agreed.ErrorCorrections[0] == T38ErrorCorrection.Fec ? UdptlErrorCorrectionMode.Fec
                : UdptlErrorCorrectionMode.Redundancy,
            MaximumDatagram = UdptlDatagramLimit.Resolve(peerMaxDatagram),
        },
    };

    /// <summary>The accepted (non-zero port) T.38 line of a description.</summary>
    public static MediaDescription? AcceptedImage(SessionDescription description) =>
        description.Media.FirstOrDefault(media => media.IsT38 && media.Port != 0);

    /// <summary>Where the description says its media goes (the session learns the real source from the first datagram).</summary>
    public static IPEndPoint? Destination(SessionDescription description, MediaDescription media) =>
        description.ConnectionOf(media) is { } connection && IPAddress.TryParse(connection.Address, out var address)
            ? new IPEndPoint(address, media.Port)
            : null;
}
