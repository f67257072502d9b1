using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Groupus.Application.Sales.Marketing;
using Groupus.Infrastructure.Persistence;
using Microsoft.Extensions.Options;

namespace Groupus.Infrastructure.Sales.Marketing;

/// <summary>
/// Unsubscribe tokens are "&lt;subscription id, 32 hex&gt;.&lt;HMAC-SHA256 of the purpose and id, base64url&gt;" under a 256-bit key
/// kept in data/keys/marketing-unsubscribe.key (owner-only, created on first use). Nothing is stored per token, so the
/// mailer can put the same link in every e-mail and links in old e-mails keep working; without the key a token cannot be
/// made or altered (checked in constant time). The key serves this one purpose and the MAC covers the purpose label, so
/// a token is good for nothing but unsubscribing. Losing the key invalidates every link; rotating it is deliberately not offered.
/// </summary>
internal sealed class HmacUnsubscribeTokens(IOptions<GroupusOptions> groupus) : IUnsubscribeTokens
{
    private const string Purpose = "groupus/marketing-unsubscribe/v1:";
    private const int KeyBytes = 32;
    private const int MacLength = 43; // base64url of 32 bytes, unpadded

    private readonly Lazy<byte[]> _key = new(() => SecretKeyFile.LoadOrCreate(Path.Combine(groupus.Value.ResolveDataDirectory(), "keys"), "marketing-unsubscribe.key", KeyBytes));

    public string For(Guid subscriptionId) => $"{subscriptionId:N}.{Base64Url.EncodeToString(Mac(subscriptionId))}";

    public bool TryRead(string token, out Guid subscriptionId)
    {
        subscriptionId = Guid.Empty;
        if (token.Length != 32 + 1 + MacLength || token[32] != '.' || !Guid.TryParseExact(token.AsSpan(0, 32), "N", out var id))
        {
            return false;
        }

        // Compared as text with the token as issued, so even a variant spelling of the same id or MAC bytes is refused.
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(token), Encoding.ASCII.GetBytes(For(id))))
        {
            return false;
        }

        subscriptionId = id;
        return true;
    }

    private byte[] Mac(Guid subscriptionId) => HMACSHA256.HashData(_key.Value, Encoding.ASCII.GetBytes(Purpose + subscriptionId.ToString("N")));
}
