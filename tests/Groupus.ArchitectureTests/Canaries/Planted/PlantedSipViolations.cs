// Planted violations for the SIP library's layer rule, in a namespace that mimics it, inside the test assembly.
namespace Groupus.Sip.Canaries
{
    /// <summary>Planted: the SIP library knowing a modem driver.</summary>
    public sealed class CanarySipTypeUsingAModemDriver
    {
        public Groupus.Fax.Modems.Lines.IFaxModemDriver? Driver { get; init; }
    }

    /// <summary>Planted: the SIP library reaching into the gateway host's link to the core.</summary>
    public sealed class CanarySipTypeUsingTheGatewayHost
    {
        public Groupus.FaxGateway.Link.CoreLinkOptions? Link { get; init; }
    }

    /// <summary>Planted: the SIP library using gRPC.</summary>
    public sealed class CanarySipTypeUsingGrpc
    {
        public Grpc.Core.Metadata? Headers { get; init; }
    }

    /// <summary>Not a violation: the SIP library may use the base library (sockets, cryptography, TimeProvider).</summary>
    public sealed class CanarySipTypeUsingTheBaseLibrary
    {
        public System.Net.Sockets.Socket? Socket { get; init; }
    }
}
