namespace Groupus.FaxGateway.Tests.RealPeers;

/// <summary>Which end of a gateway-to-gateway call has the fault-injecting bridge in front of its modem.</summary>
internal enum BridgedModem
{
    /// <summary>The answering, receiving gateway on /dev/ttyIAXb.</summary>
    Receiver,

    /// <summary>The calling, sending gateway on /dev/ttyIAXa.</summary>
    Sender,
}
