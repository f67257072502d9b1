// Planted violations for the layer rules of the SIP/T.38 protocol libraries (src/Sdp, src/Fax.T38).
namespace Groupus.Sdp.Canaries
{
    /// <summary>Planted: SDP knowing the T.38 packet library.</summary>
    public sealed class CanarySdpTypeUsingTheT38Library
    {
        public Groupus.Fax.T38.IfpPacket? Packet { get; init; }
    }

    /// <summary>Planted: SDP using gRPC.</summary>
    public sealed class CanarySdpTypeUsingGrpc
    {
        public Grpc.Core.Metadata? Headers { get; init; }
    }

    /// <summary>Not a violation: SDP uses its own types and the base library.</summary>
    public sealed class CanarySdpTypeUsingOnlySdp
    {
        public Groupus.Sdp.SessionDescription? Description { get; init; }
    }
}

namespace Groupus.Fax.T38.Canaries
{
    /// <summary>Planted: the T.38 library knowing a modem driver.</summary>
    public sealed class CanaryT38TypeUsingAModemDriver
    {
        public Groupus.Fax.Modems.Lines.IFaxModemDriver? Driver { get; init; }
    }

    /// <summary>Planted: the T.38 library reading SDP itself (the gateway hands it the negotiated values).</summary>
    public sealed class CanaryT38TypeUsingSdp
    {
        public Groupus.Sdp.T38Parameters? Parameters { get; init; }
    }

    /// <summary>Planted: the T.38 library using the gateway host.</summary>
    public sealed class CanaryT38TypeUsingTheGateway
    {
        public Groupus.FaxGateway.Link.CoreLinkOptions? Link { get; init; }
    }

    /// <summary>Not a violation: a T.38 terminal may drive the T.30 engine.</summary>
    public sealed class CanaryT38TypeUsingTheT30Engine
    {
        public Groupus.Fax.T30.T30Error? Error { get; init; }
    }
}
