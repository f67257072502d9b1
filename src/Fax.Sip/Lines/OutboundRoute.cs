using System.Net;
using Groupus.Sip.Messages;

namespace Groupus.Fax.Sip.Lines;

/// <summary>Where an outbound call goes: its line, the Request-URI and the UDP address the INVITE is sent to.</summary>
public sealed record OutboundRoute(SipFaxLine Line, SipUri Target, IPEndPoint Destination);
