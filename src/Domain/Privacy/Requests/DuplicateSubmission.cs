using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy.Requests;

/// <summary>
/// A request received while one of the same type for the same subject was already active: recorded and linked to the
/// active request, never run on its own.
/// </summary>
public sealed class DuplicateSubmission : Entity
{
    private DuplicateSubmission()
    {
    }

    public Guid ActiveRequestId { get; private set; }

    public Guid SubjectId { get; private set; }

    public DataSubjectRequestType Type { get; private set; }

    public DateTime ReceivedAtUtc { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    [NotPersonalData("a channel code: email, letter, phone, web-form, in-person")]
    public string Channel { get; private set; } = "";

    public static DuplicateSubmission Of(DataSubjectRequest active, DateTime receivedAtUtc, string channel, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        ActiveRequestId = active.Id,
        SubjectId = active.SubjectId,
        Type = active.Type,
        ReceivedAtUtc = receivedAtUtc,
        RecordedAtUtc = nowUtc,
        Channel = channel,
    };
}
