using System.Security.Cryptography;
using Groupus.Contracts.Privacy;
using Groupus.Infrastructure.Privacy.Vault;

namespace Groupus.IntegrationTests.Privacy.Vault;

/// <summary>The keyed hash modules keep beside an encrypted address (no server: the vault's key only).</summary>
public sealed class BlindIndexTests
{
    private static readonly RecordBlindIndex Index = new(VaultMasterKey.Load(new VaultOptions { MasterKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) }, "unused"));

    [Fact]
    public void The_same_email_written_two_ways_has_one_blind_index()
    {
        Assert.Equal(Index.Of(SubjectIdentifier.Email("  Ada.Lovelace@Engines.Example ")), Index.Of(SubjectIdentifier.Email("ada.lovelace@engines.example")));
        Assert.Equal(64, Index.Of(SubjectIdentifier.Email("ada@example.com")).Length);
    }

    [Fact]
    public void A_different_email_or_kind_has_another_blind_index()
    {
        Assert.NotEqual(Index.Of(SubjectIdentifier.Email("ada@example.com")), Index.Of(SubjectIdentifier.Email("ada2@example.com")));
        Assert.NotEqual(Index.Of(SubjectIdentifier.Phone("+442079460000")), Index.Of(SubjectIdentifier.NameAndCompany("+442079460000", null)));
    }
}
