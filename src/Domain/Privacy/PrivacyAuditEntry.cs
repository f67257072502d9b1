using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy;

/// <summary>
/// One row of the append-only privacy audit log. Each row's hash covers its own fields and the previous row's hash,
/// so editing, removing or reordering a row breaks the chain from that row on. Rows name people by id only.
/// </summary>
public sealed class PrivacyAuditEntry
{
    private PrivacyAuditEntry()
    {
    }

    /// <summary>1, 2, 3... without gaps; unique, so two writers cannot both append the same position.</summary>
    public long Sequence { get; private set; }

    public DateTime AtUtc { get; private set; }

    /// <summary>Who acted, by id: staff:&lt;id&gt;, customer:&lt;id&gt;, gateway:&lt;id&gt; or system.</summary>
    [PersonalData(PersonalDataCategory.Identification)]
    public string Actor { get; private set; } = "";

    [NotPersonalData("an action code, e.g. ropa.generated")]
    public string Action { get; private set; } = "";

    /// <summary>The data subject or request the action concerned, by id; never a name or an e-mail address.</summary>
    [PersonalData(PersonalDataCategory.Identification)]
    public string? SubjectReference { get; private set; }

    [NotPersonalData("JSON of codes and counts, written without personal data")]
    public string Details { get; private set; } = "{}";

    [NotPersonalData("a SHA-256 digest")]
    public string PreviousHash { get; private set; } = "";

    [NotPersonalData("a SHA-256 digest")]
    public string Hash { get; private set; } = "";

    /// <summary>The entry that follows <paramref name="previous"/> (null for the first entry of the log).</summary>
    public static PrivacyAuditEntry Follow(PrivacyAuditEntry? previous, DateTime atUtc, string actor, string action, string? subjectReference, string details)
    {
        var entry = new PrivacyAuditEntry
        {
            Sequence = (previous?.Sequence ?? 0) + 1,
            AtUtc = atUtc,
            Actor = actor,
            Action = action,
            SubjectReference = subjectReference,
            Details = details,
            PreviousHash = previous?.Hash ?? AuditChainHash.Genesis,
        };
        entry.Hash = entry.ComputeHash();
        return entry;
    }

    /// <summary>The hash these fields should have; differs from <see cref="Hash"/> when the row was changed after writing.</summary>
    public string ComputeHash() => AuditChainHash.Compute(Sequence, AtUtc, Actor, Action, SubjectReference, Details, PreviousHash);
}
