using Groupus.Sip.Registrar;

namespace Groupus.Fax.Sip.Lines;

/// <summary>
/// ATA credentials from the gateway's configuration. The registrar only sees <see cref="ISipCredentialStore"/>, so the
/// credentials the core will hand over the link replace this class without touching the user agent.
/// </summary>
public sealed class ConfiguredAtaCredentials(IEnumerable<AtaAccount> accounts) : ISipCredentialStore
{
    private readonly Dictionary<string, SipCredential> _credentials =
        accounts.ToDictionary(account => account.User, account => new SipCredential(account.User, account.Password), StringComparer.Ordinal);

    public SipCredential? Find(string username) => _credentials.GetValueOrDefault(username);
}
