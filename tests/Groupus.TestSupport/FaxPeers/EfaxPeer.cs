using Groupus.TestSupport.Processes;

namespace Groupus.TestSupport.FaxPeers;

/// <summary>efax, an independent Class 1 fax program, as the far end of a call through an <see cref="IaxModemPair"/>.</summary>
public static class EfaxPeer
{
    /// <summary>Answers on <paramref name="device"/> (auto-answer after one ring) and writes pages to <paramref name="prefix"/>.001, .002 …</summary>
    public static PeerProcess Receive(string device, string prefix, string workingDirectory) =>
        PeerProcess.Start("efax", "efax", workingDirectory, "-d", device, "-o1", "-iS0=1", "-w", "-r", prefix, "-l", "+1 1002", "-v", "ewinc");

    /// <summary>Dials from <paramref name="device"/> and sends the TIFF files.</summary>
    public static PeerProcess Send(string device, string workingDirectory, params string[] files) =>
        PeerProcess.Start("efax", "efax", workingDirectory, ["-d", device, "-o1", "-l", "+1 1001", "-v", "ewinc", "-t", "T1002", .. files]);
}
