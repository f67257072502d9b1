using Groupus.Fax.Sip.Lines;

namespace Groupus.Fax.Sip.Calls;

/// <summary>One call as <c>sip status</c> shows it (numbers are left out: they are personal data).</summary>
public sealed record SipFaxCallStatus(string CallId, SipFaxLine Line, FaxCallDirection Direction, SipFaxCallState State);
