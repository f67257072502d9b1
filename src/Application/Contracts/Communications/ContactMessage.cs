namespace Groupus.Contracts.Communications;

/// <summary>A message to an e-mail address or an E.164 phone number. Personal data: never log it.</summary>
public sealed record ContactMessage(ContactChannel Channel, string Address, string Subject, string Body, bool Confidential)
{
    public override string ToString() => $"{Channel}:<redacted>";
}
