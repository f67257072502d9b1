using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Groupus.Infrastructure.Security.Tokens;

/// <summary>One ECDSA P-256 key of the ring, named by its key id and creation time.</summary>
public sealed record SigningKey(string KeyId, DateTime CreatedAtUtc, ECDsa Algorithm)
{
    public SecurityKey SecurityKey { get; } = new ECDsaSecurityKey(Algorithm) { KeyId = KeyId };
}
