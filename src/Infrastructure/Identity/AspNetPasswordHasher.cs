using System.Security.Cryptography;
using Groupus.Application.Identity;
using Groupus.Domain.Identity;
using Microsoft.AspNetCore.Identity;

namespace Groupus.Infrastructure.Identity;

/// <summary>ASP.NET Core Identity's hasher: PBKDF2 with HMAC-SHA512 and a per-password salt, its iteration count kept current by Microsoft.</summary>
internal sealed class AspNetPasswordHasher : IPasswordHasher
{
    private readonly PasswordHasher<StaffMember> _hasher = new();
    private readonly string _decoyHash;

    public AspNetPasswordHasher() => _decoyHash = _hasher.HashPassword(null!, Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)));

    public string Hash(string password) => _hasher.HashPassword(null!, password);

    public PasswordCheck Verify(string hash, string password) => _hasher.VerifyHashedPassword(null!, hash, password) switch
    {
        PasswordVerificationResult.Success => PasswordCheck.Succeeded,
        PasswordVerificationResult.SuccessRehashNeeded => PasswordCheck.SucceededRehashNeeded,
        _ => PasswordCheck.Failed,
    };

    public void VerifyAgainstDecoy(string password) => _hasher.VerifyHashedPassword(null!, _decoyHash, password);
}
