using Groupus.Domain.Common;

namespace Groupus.Domain.Identity;

/// <summary>The machine identity of a fax gateway: a name and a secret (only its hash is kept), revocable by an admin.</summary>
public sealed class GatewayCredential : AggregateRoot
{
    private GatewayCredential()
    {
    }

    [NotPersonalData("a machine's name, e.g. london-gw-1")]
    public string Name { get; private set; } = "";

    [NotPersonalData("the hash of a machine's secret")]
    public string SecretHash { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? RevokedAtUtc { get; private set; }

    public DateTime? LastAuthenticatedAtUtc { get; private set; }

    public bool IsRevoked => RevokedAtUtc is not null;

    public static GatewayCredential Issue(string name, string secretHash, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        Name = name,
        SecretHash = secretHash,
        CreatedAtUtc = nowUtc,
    };

    public void Revoke(DateTime nowUtc)
    {
        RevokedAtUtc ??= nowUtc;
        MarkChanged();
    }

    public void RecordAuthentication(DateTime nowUtc)
    {
        LastAuthenticatedAtUtc = nowUtc;
        MarkChanged();
    }
}
