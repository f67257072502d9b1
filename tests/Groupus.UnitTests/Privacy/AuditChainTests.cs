using Groupus.Domain.Privacy;

namespace Groupus.UnitTests.Privacy;

public sealed class AuditChainTests
{
    private static readonly DateTime Now = new(2026, 11, 28, 9, 0, 0, DateTimeKind.Utc);

    private static List<PrivacyAuditEntry> Chain(int length)
    {
        var entries = new List<PrivacyAuditEntry>();
        for (var i = 0; i < length; i++)
        {
            entries.Add(PrivacyAuditEntry.Follow(entries.LastOrDefault(), Now.AddMinutes(i), "staff:1", "ropa.generated", null, "{}"));
        }

        return entries;
    }

    [Fact]
    public void The_first_entry_follows_the_genesis_hash_and_each_next_follows_its_predecessor()
    {
        var chain = Chain(3);

        Assert.Equal([1L, 2L, 3L], chain.Select(e => e.Sequence));
        Assert.Equal(AuditChainHash.Genesis, chain[0].PreviousHash);
        Assert.Equal(chain[0].Hash, chain[1].PreviousHash);
        Assert.Equal(chain[1].Hash, chain[2].PreviousHash);
        Assert.Equal(64, chain[2].Hash.Length);
    }

    [Fact]
    public void An_unbroken_chain_verifies_and_reports_its_head()
    {
        var chain = Chain(5);

        var verification = AuditChainVerifier.Verify(chain);

        Assert.True(verification.IsIntact);
        Assert.Equal(5, verification.RowsChecked);
        Assert.Equal(chain[^1].Hash, verification.HeadHash);
    }

    [Fact]
    public void An_empty_log_is_intact()
    {
        Assert.True(AuditChainVerifier.Verify([]).IsIntact);
    }

    [Fact]
    public void A_removed_row_is_named_as_missing()
    {
        var chain = Chain(5);
        chain.RemoveAt(2);

        var verification = AuditChainVerifier.Verify(chain);

        Assert.Equal(AuditChainProblem.Missing, verification.Problem);
        Assert.Equal(3, verification.FirstBrokenSequence);
    }

    [Fact]
    public void Removing_the_first_row_is_noticed()
    {
        var verification = AuditChainVerifier.Verify(Chain(3).Skip(1));

        Assert.Equal(AuditChainProblem.Missing, verification.Problem);
        Assert.Equal(1, verification.FirstBrokenSequence);
    }

    [Fact]
    public void Fields_that_differ_by_where_a_separator_falls_hash_differently()
    {
        var a = AuditChainHash.Compute(1, Now, "staff:1", "ab", "c", "{}", AuditChainHash.Genesis);
        var b = AuditChainHash.Compute(1, Now, "staff:1", "a", "bc", "{}", AuditChainHash.Genesis);
        var noSubject = AuditChainHash.Compute(1, Now, "staff:1", "a", null, "{}", AuditChainHash.Genesis);
        var emptySubject = AuditChainHash.Compute(1, Now, "staff:1", "a", "", "{}", AuditChainHash.Genesis);

        Assert.NotEqual(a, b);
        Assert.NotEqual(noSubject, emptySubject);
    }

    [Fact]
    public void A_chain_rebuilt_in_another_order_does_not_verify()
    {
        var chain = Chain(4);
        (chain[1], chain[2]) = (chain[2], chain[1]);

        var verification = AuditChainVerifier.Verify(chain);

        Assert.False(verification.IsIntact);
        Assert.Equal(2, verification.FirstBrokenSequence);
    }
}
