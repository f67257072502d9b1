using System.Net;
using System.Net.Sockets;

namespace Groupus.TestSupport.Network;

/// <summary>Loopback ports for the programs a test starts.</summary>
public static class LoopbackPort
{
    /// <summary>A TCP port free on 127.0.0.1 at the time of asking (the system picks it; another process could still take it).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
