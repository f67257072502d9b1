using Groupus.Domain.Common;

namespace Groupus.Domain.Sales.Marketing;

/// <summary>
/// One entry of the consent history, the proof of what the person agreed to: when, how, under which version of the
/// privacy notice and to which words. Entries are only ever appended.
/// </summary>
public sealed class ConsentRecord
{
    private ConsentRecord()
    {
    }

    internal ConsentRecord(int sequence, ConsentAction action, DateTime atUtc, ConsentMethod method, string? noticeVersion, string? wording, Guid? recordedByStaffId)
    {
        Id = Guid.CreateVersion7();
        Sequence = sequence;
        Action = action;
        AtUtc = atUtc;
        Method = method;
        NoticeVersion = noticeVersion;
        Wording = wording;
        RecordedByStaffId = recordedByStaffId;
    }

    public Guid Id { get; private set; }

    /// <summary>Position in the history, from 1: the order entries were made in, even within one millisecond.</summary>
    public int Sequence { get; private set; }

    public ConsentAction Action { get; private set; }

    public DateTime AtUtc { get; private set; }

    public ConsentMethod Method { get; private set; }

    /// <summary>The privacy notice version shown when consent was given, e.g. "2026-01"; null for a withdrawal.</summary>
    [NotPersonalData("the version label of the privacy notice shown")]
    public string? NoticeVersion { get; private set; }

    /// <summary>The exact words or purpose consented to; null for a withdrawal.</summary>
    [NotPersonalData("the consent statement shown, the same text for everyone who saw that version")]
    public string? Wording { get; private set; }

    /// <summary>Erasure keeps when and how consent was given or withdrawn, not what was shown.</summary>
    internal void ForgetWording()
    {
        NoticeVersion = null;
        Wording = null;
    }

    /// <summary>The member of staff who wrote it down; null when the person did it themselves (web form, unsubscribe link).</summary>
    public Guid? RecordedByStaffId { get; private set; }
}
