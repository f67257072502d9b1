namespace Groupus.Fax.T38;

/// <summary>Counters of one UDPTL socket session, kept for the fax record.</summary>
public sealed record UdptlSessionStatistics(
    long DatagramsSent,
    long DatagramsReceived,
    long LargestDatagramSent,
    long MalformedDropped,
    long OverflowDropped,
    UdptlReceiveStatistics Receive);
