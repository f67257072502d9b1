using System.Security.Cryptography;
using System.Text;
using Groupus.Contracts.Privacy;

namespace Groupus.Infrastructure.Privacy.Vault;

/// <summary>HMAC-SHA256 of an identifier's kind and normalised value: the same person written two ways hashes alike.</summary>
internal static class IdentifierHash
{
    public static byte[] Compute(byte[] key, SubjectIdentifier identifier) =>
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{(int)identifier.Kind}:{identifier.Value}"));
}
