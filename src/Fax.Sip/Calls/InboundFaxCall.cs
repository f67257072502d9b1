using Groupus.Fax.Sip.Lines;

namespace Groupus.Fax.Sip.Calls;

/// <summary>What the gateway's inbound routing needs of a new call: the line it came in on and the numbers.</summary>
/// <param name="CalledNumber">The Request-URI's user part (the To user when the Request-URI has none).</param>
public sealed record InboundFaxCall(SipFaxLine Line, string CalledNumber, string? CallingNumber);
