using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Groupus.Sip.Authentication;

/// <summary>
/// Stateless nonces: the issue time and 8 random octets, signed with a per-process HMAC key. A nonce carries its own age,
/// so the server keeps no list of the nonces it issued; only used ones are remembered, for replay checks.
/// </summary>
public sealed class NonceIssuer(TimeProvider time, TimeSpan lifetime)
{
    private const int PayloadLength = 16;
    private const int TagLength = 16;
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public TimeSpan Lifetime { get; } = lifetime;

    public string Issue()
    {
        Span<byte> nonce = stackalloc byte[PayloadLength + TagLength];
        BinaryPrimitives.WriteInt64BigEndian(nonce, time.GetUtcNow().UtcTicks);
        RandomNumberGenerator.Fill(nonce[8..PayloadLength]);
        Sign(nonce[..PayloadLength], nonce[PayloadLength..]);
        return Convert.ToHexStringLower(nonce);
    }

    public NonceStatus Check(string nonce)
    {
        if (nonce.Length != (PayloadLength + TagLength) * 2)
        {
            return NonceStatus.Unknown;
        }

        Span<byte> bytes = stackalloc byte[PayloadLength + TagLength];
        if (Convert.FromHexString(nonce, bytes, out _, out int written) != System.Buffers.OperationStatus.Done || written != bytes.Length)
        {
            return NonceStatus.Unknown;
        }

        Span<byte> expected = stackalloc byte[TagLength];
        Sign(bytes[..PayloadLength], expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, bytes[PayloadLength..]))
        {
            return NonceStatus.Unknown;
        }

        var issued = new DateTimeOffset(BinaryPrimitives.ReadInt64BigEndian(bytes), TimeSpan.Zero);
        var age = time.GetUtcNow() - issued;
        return age < TimeSpan.Zero || age > Lifetime ? NonceStatus.Stale : NonceStatus.Valid;
    }

    private void Sign(ReadOnlySpan<byte> payload, Span<byte> tag)
    {
        Span<byte> full = stackalloc byte[32];
        HMACSHA256.HashData(_key, payload, full);
        full[..TagLength].CopyTo(tag);
    }
}
