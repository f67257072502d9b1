namespace Groupus.Sip.Messages;

/// <summary>One header field value under its canonical name (compact forms and case already normalised).</summary>
public sealed record SipHeader(string Name, string Value);
