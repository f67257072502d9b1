namespace Groupus.Fax.T30.Calls;

/// <summary>The modem's own reason for the end of a call, e.g. Class 2.0 "+FHS:52" (<c>Source</c> "FHS", <c>Code</c> "52").</summary>
public sealed record FaxHangupReason(string Source, string Code, string Text)
{
    public override string ToString() => $"{Source} {Code}: {Text}";
}
