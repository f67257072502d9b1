namespace Groupus.Domain.Privacy;

/// <summary>Walks the audit log in sequence order and reports the first row where the chain is broken.</summary>
public sealed class AuditChainVerifier
{
    private long _expectedSequence = 1;
    private string _previousHash = AuditChainHash.Genesis;
    private long _rowsChecked;

    public AuditChainVerification? Broken { get; private set; }

    /// <summary>Checks the next row; false once the chain is broken (later rows need not be read).</summary>
    public bool Accept(PrivacyAuditEntry entry)
    {
        if (Broken is not null)
        {
            return false;
        }

        if (entry.Sequence != _expectedSequence)
        {
            var reason = entry.Sequence > _expectedSequence
                ? $"row {_expectedSequence} is missing (the next row is {entry.Sequence}): rows were removed"
                : $"row {entry.Sequence} appears after row {_expectedSequence - 1}: rows are out of order";
            return Fail(_expectedSequence, entry.Sequence > _expectedSequence ? AuditChainProblem.Missing : AuditChainProblem.Unlinked, reason);
        }

        if (entry.ComputeHash() != entry.Hash)
        {
            return Fail(entry.Sequence, AuditChainProblem.Edited, $"row {entry.Sequence} does not match its hash: it was edited after it was written");
        }

        if (entry.PreviousHash != _previousHash)
        {
            return Fail(
                entry.Sequence,
                AuditChainProblem.Unlinked,
                $"row {entry.Sequence} does not follow row {entry.Sequence - 1}: rows were reordered or row {entry.Sequence - 1} was rewritten");
        }

        _rowsChecked++;
        _expectedSequence++;
        _previousHash = entry.Hash;
        return true;
    }

    public AuditChainVerification Result() => Broken ?? new AuditChainVerification(_rowsChecked, _previousHash, null, AuditChainProblem.None, null);

    public static AuditChainVerification Verify(IEnumerable<PrivacyAuditEntry> inSequenceOrder)
    {
        var verifier = new AuditChainVerifier();
        foreach (var entry in inSequenceOrder)
        {
            if (!verifier.Accept(entry))
            {
                break;
            }
        }

        return verifier.Result();
    }

    private bool Fail(long sequence, AuditChainProblem problem, string reason)
    {
        Broken = new AuditChainVerification(_rowsChecked, _previousHash, sequence, problem, reason);
        return false;
    }
}
