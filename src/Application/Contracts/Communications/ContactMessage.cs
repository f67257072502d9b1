namespace Groupus.Contracts.Communications;

/// <summary>
/// A message to a person (the privacy register's subject id) at an e-mail address or an E.164 phone number. The record
/// of it is sealed under that person's key. Personal data: never log it.
/// </summary>
public sealed record ContactMessage(Guid DataSubjectId, ContactChannel Channel, string Address, string Subject, string Body, bool Confidential)
{
    public override string ToString() => $"{Channel}:<redacted>";
}
