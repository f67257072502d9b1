using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Groupus.Application.Common.Paging;
using Groupus.Infrastructure.Persistence;
using Microsoft.Extensions.Options;

namespace Groupus.Infrastructure.Common.Paging;

/// <summary>
/// A page token is base64url of "version byte, the last key (value and id), an HMAC-SHA256 tag". The tag covers a purpose
/// label, the list's name, its filters and the key, under a 256-bit key kept in data/keys/page-tokens.key (owner-only,
/// created at first use; server nodes sharing the data directory share it). An edited token, or one presented with another
/// list or other filters, fails the tag (checked in constant time) and is refused. Nothing is stored per token; losing or
/// replacing the key only invalidates tokens in flight, which callers recover from by listing again.
/// </summary>
internal sealed class HmacPageTokens(IOptions<GroupusOptions> groupus) : IPageTokens
{
    private const byte Version = 1;
    private const int KeyBytes = 32;
    private const int TagBytes = 32;
    private const int MaxTokenLength = 1024;
    private static readonly byte[] Purpose = "groupus/page-token/v1"u8.ToArray();

    private readonly Lazy<byte[]> _key = new(() => SecretKeyFile.LoadOrCreate(Path.Combine(groupus.Value.ResolveDataDirectory(), "keys"), "page-tokens.key", KeyBytes));

    public string Issue(PageScope scope, PageKey last)
    {
        var body = Body(last);
        var token = new byte[1 + body.Length + TagBytes];
        token[0] = Version;
        body.CopyTo(token, 1);
        Tag(scope, body).CopyTo(token, 1 + body.Length);
        return Base64Url.EncodeToString(token);
    }

    public bool TryRead(PageScope scope, string token, out PageKey last)
    {
        last = default;
        if (token.Length > MaxTokenLength || !Base64Url.IsValid(token))
        {
            return false;
        }

        var bytes = Base64Url.DecodeFromChars(token);
        if (bytes.Length < 1 + TagBytes + 1 || bytes[0] != Version)
        {
            return false;
        }

        var body = bytes.AsSpan(1, bytes.Length - 1 - TagBytes);
        if (!CryptographicOperations.FixedTimeEquals(bytes.AsSpan(bytes.Length - TagBytes), Tag(scope, body)))
        {
            return false;
        }

        // Only this server writes the body, so once the tag holds it has the shape Body gives it.
        var text = Encoding.UTF8.GetString(body);
        var separator = text.LastIndexOf('\n');
        if (separator < 0 || !Guid.TryParseExact(text.AsSpan(separator + 1), "N", out var id))
        {
            return false;
        }

        last = new PageKey(text[..separator], id);
        return true;
    }

    private static byte[] Body(PageKey last) => Encoding.UTF8.GetBytes($"{last.Value}\n{last.Id:N}");

    private byte[] Tag(PageScope scope, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key.Value);
        hmac.AppendData(Purpose);
        AppendField(hmac, scope.List);
        foreach (var filter in scope.Filters)
        {
            AppendField(hmac, filter);
        }

        AppendField(hmac, "");
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }

    /// <summary>Length-prefixed, with null told apart from empty, so no two scopes feed the MAC the same bytes.</summary>
    private static void AppendField(IncrementalHash hmac, string? value)
    {
        Span<byte> length = stackalloc byte[4];
        var bytes = value is null ? [] : Encoding.UTF8.GetBytes(value);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, value is null ? -1 : bytes.Length);
        hmac.AppendData(length);
        hmac.AppendData(bytes);
    }
}
