// Planted violations for the layer rule of the gateway's SIP fax user agent (src/Fax.Sip).
namespace Groupus.Fax.Sip.Canaries
{
    /// <summary>Planted: the SIP user agent driving a serial modem.</summary>
    public sealed class CanaryFaxSipTypeUsingAModemDriver
    {
        public Groupus.Fax.Modems.Lines.IFaxModemDriver? Driver { get; init; }
    }

    /// <summary>Planted: the SIP user agent using the gateway host's link.</summary>
    public sealed class CanaryFaxSipTypeUsingTheGateway
    {
        public Groupus.FaxGateway.Link.CoreLinkOptions? Link { get; init; }
    }

    /// <summary>Planted: the SIP user agent using gRPC.</summary>
    public sealed class CanaryFaxSipTypeUsingGrpc
    {
        public Grpc.Core.Metadata? Headers { get; init; }
    }

    /// <summary>Not a violation: it joins SIP, SDP, T.38 and T.30's call result.</summary>
    public sealed class CanaryFaxSipTypeUsingTheProtocolLibraries
    {
        public Groupus.Sip.SipStack? Stack { get; init; }

        public Groupus.Sdp.T38Parameters? Parameters { get; init; }

        public Groupus.Fax.T38.UdptlSocketSession? Media { get; init; }

        public Groupus.Fax.T30.Calls.FaxCallResult? Result { get; init; }
    }
}
