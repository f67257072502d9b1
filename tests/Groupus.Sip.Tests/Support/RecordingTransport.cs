using System.Net;
using Groupus.Sip.Messages;
using Groupus.Sip.Transport;

namespace Groupus.Sip.Tests.Support;

/// <summary>A transport that keeps what was sent, with the fake clock's time of sending.</summary>
internal sealed class RecordingTransport(TimeProvider time) : ISipTransport
{
    public IPEndPoint LocalEndPoint { get; } = new(IPAddress.Loopback, 5060);

    public List<(TimeSpan At, SipMessage Message, IPEndPoint To)> Sent { get; } = [];

    private readonly DateTimeOffset _start = time.GetUtcNow();

    public void Send(SipMessage message, IPEndPoint destination) => Sent.Add((time.GetUtcNow() - _start, message, destination));

    public IReadOnlyList<TimeSpan> TimesOf(Func<SipMessage, bool> which) => [.. Sent.Where(s => which(s.Message)).Select(s => s.At)];
}
