namespace Groupus.Infrastructure.Privacy.Vault;

/// <summary>
/// Where the subject key vault lives. It is kept apart from the database and backed up separately (docs/privacy.md):
/// a backup of the database must never carry the keys that would decrypt it after an erasure.
/// </summary>
public sealed class VaultOptions
{
    public const string Section = "Privacy:Vault";

    /// <summary>The vault's SQLite file; default privacy-vault.db in the data directory.</summary>
    public string? Path { get; set; }

    /// <summary>The file holding the 32-byte master key; default privacy-vault.key next to the vault (created owner-only).</summary>
    public string? MasterKeyFile { get; set; }

    /// <summary>The master key itself, base64 (e.g. from a secret store); overrides <see cref="MasterKeyFile"/>.</summary>
    public string? MasterKey { get; set; }

    /// <summary>
    /// How often a node looks for keys destroyed through other nodes sharing the vault (docs/scaling.md): the longest
    /// a destroyed key can still open data here.
    /// </summary>
    public TimeSpan DestructionCheckInterval { get; set; } = TimeSpan.FromSeconds(1);
}
