namespace Groupus.Sip.Registrar;

/// <summary>
/// The credential of one ATA line: the digest user name (also the user part of the address-of-record the line registers,
/// as ATAs configure it) and its password. <see cref="ToString"/> never shows the password.
/// </summary>
public sealed class SipCredential(string username, string password)
{
    public string Username { get; } = username;

    public string Password { get; } = password;

    public override string ToString() => $"SIP credential {Username}";
}
