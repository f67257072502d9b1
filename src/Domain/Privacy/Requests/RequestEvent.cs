using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy.Requests;

/// <summary>
/// One line of a request's history: when, who (kind and id), what happened, and why when a reason was given. The
/// reason is free text staff typed, so it is sealed under the subject's key like the request's notes.
/// </summary>
public sealed class RequestEvent : Entity, IHasDataSubject
{
    private RequestEvent()
    {
    }

    public Guid RequestId { get; private set; }

    /// <summary>The request's subject, whose key seals the reason.</summary>
    public Guid SubjectId { get; private set; }

    Guid IHasDataSubject.DataSubjectId => SubjectId;

    public DateTime AtUtc { get; private set; }

    [NotPersonalData("principal kind and id, never a name")]
    public string Actor { get; private set; } = "";

    [NotPersonalData("an event code")]
    public string What { get; private set; } = "";

    [PersonalData(PersonalDataCategory.Identification, PersonalDataCategory.Contact)]
    public string? Reason { get; private set; }

    internal static RequestEvent Of(Guid requestId, Guid subjectId, DateTime atUtc, string actor, string what, string? reason) => new()
    {
        Id = Guid.CreateVersion7(),
        RequestId = requestId,
        SubjectId = subjectId,
        AtUtc = atUtc,
        Actor = actor,
        What = what,
        Reason = reason,
    };
}
