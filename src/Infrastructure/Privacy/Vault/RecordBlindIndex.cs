using Groupus.Contracts.Privacy;

namespace Groupus.Infrastructure.Privacy.Vault;

/// <summary>The keyed hashes modules keep beside values they store encrypted, under a key of their own derived from the vault's master key.</summary>
internal sealed class RecordBlindIndex(VaultMasterKey masterKey) : IBlindIndex
{
    public string Of(SubjectIdentifier identifier) => Convert.ToHexStringLower(IdentifierHash.Compute(masterKey.RecordIndexKey, identifier));
}
