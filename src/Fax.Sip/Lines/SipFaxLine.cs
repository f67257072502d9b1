namespace Groupus.Fax.Sip.Lines;

/// <summary>The line a SIP call is on (an ATA account or a trunk, by its configured line name) and its T.38 switch.</summary>
public sealed record SipFaxLine(string Name, SipFaxLineKind Kind, T38SwitchPolicy T38);
