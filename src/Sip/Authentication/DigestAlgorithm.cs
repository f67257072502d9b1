namespace Groupus.Sip.Authentication;

/// <summary>The digest hash algorithms offered and accepted (RFC 8760: SHA-256 preferred, MD5 for the ATAs that know nothing else).</summary>
public enum DigestAlgorithm
{
    Md5,
    Sha256,
}
