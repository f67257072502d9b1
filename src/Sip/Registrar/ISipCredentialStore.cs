namespace Groupus.Sip.Registrar;

/// <summary>Where the registrar finds a line's credential (the gateway keeps the ones the core hands it over the link).</summary>
public interface ISipCredentialStore
{
    /// <summary>The credential for the digest user name, or null when there is none.</summary>
    SipCredential? Find(string username);
}
