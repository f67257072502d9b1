namespace Groupus.Fax.T38;

/// <summary>The settings of one UDPTL socket session.</summary>
public sealed record UdptlSessionOptions
{
    /// <summary>The negotiated T.38 version (SDP answer), used to encode IFPs.</summary>
    public int Version { get; init; }

    public UdptlSenderOptions Sender { get; init; } = new();

    public UdptlReceiveWindowOptions ReceiveWindow { get; init; } = new();

    /// <summary>Datagrams held until they are read, also those that arrive before <see cref="UdptlSocketSession.Start"/>. Beyond it new ones are dropped and counted.</summary>
    public int ReceiveBufferDatagrams { get; init; } = 512;
}
